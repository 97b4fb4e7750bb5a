using PrivacySite.Content.Law;

namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// content/notice/safety-measures.yaml: the safety management measures in the categories of the
/// PPC guidelines (APPI Art. 23, 32(1)(iv); Cabinet Order Art. 10(i)).
/// </summary>
[RequiredByLaw(LegalItem.SafetyMeasures)]
public sealed record SafetyMeasures(
    SectionPage Page,
    [RequiredByLaw(LegalItem.SafetyBasicPolicy)] MeasureCategory BasicPolicy,
    [RequiredByLaw(LegalItem.SafetyRules)] MeasureCategory Rules,
    [RequiredByLaw(LegalItem.SafetyOrganisational)] MeasureCategory Organisational,
    [RequiredByLaw(LegalItem.SafetyHuman)] MeasureCategory Human,
    [RequiredByLaw(LegalItem.SafetyPhysical)] MeasureCategory Physical,
    [RequiredByLaw(LegalItem.SafetyTechnical)] MeasureCategory Technical,
    [RequiredByLaw(LegalItem.SafetyExternalEnvironment)] ExternalEnvironment ExternalEnvironment) : INoticeSection
{
    /// <summary>The six fixed categories in the order the guidelines list them.</summary>
    public IReadOnlyList<MeasureCategory> Categories => [BasicPolicy, Rules, Organisational, Human, Physical, Technical];
}

/// <summary>One category of measures; a category with no measures publishes nothing, so the law needs at least one.</summary>
public sealed record MeasureCategory(LocalizedText Title, [RequiredByLaw(LegalItem.SafetyMeasures)] IReadOnlyList<LocalizedText> Measures);

/// <summary>
/// Where personal data is handled abroad: each country with what is handled there and the
/// measures taken. An empty list is allowed; <c>when_none</c> then says so on the page.
/// </summary>
public sealed record ExternalEnvironment(
    LocalizedText Title,
    IReadOnlyList<ForeignHandling> Countries,
    LocalizedText? Caption = null,
    LocalizedText? WhenNone = null);

public sealed record ForeignHandling(LocalizedText Country, LocalizedText Handling, IReadOnlyList<LocalizedText> Measures);
