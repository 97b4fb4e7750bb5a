using PrivacySite.Content.Law;

namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// content/notice/safety-measures.yaml: the safety management measures (APPI Art. 23, 32(1)(iv); Cabinet
/// Order Art. 10(i)), in the categories the PPC guidelines recommend; at least one category is required.
/// </summary>
[RequiredByLaw(LegalItem.SafetyMeasures)]
[Help("安全管理のために講じた措置です（個人情報保護法第23条・第32条第1項第4号）。", "The safety management measures (APPI Art. 23 and 32(1)(iv)).")]
public sealed record SafetyMeasures(
    [Help("ページの題名、説明、前置きです。", "The page's title, description and opening.")]
    SectionPage Page,
    [Help("基本方針の策定です（ガイドラインが推奨する区分）。", "The basic policy (a category the PPC guidelines recommend).")]
    [Recommended(LegalItem.SafetyBasicPolicy)]
    MeasureCategory? BasicPolicy,
    [Help("個人データの取扱いに係る規律の整備です（ガイドラインが推奨する区分）。", "The rules for handling personal data (a category the PPC guidelines recommend).")]
    [Recommended(LegalItem.SafetyRules)]
    MeasureCategory? Rules,
    [Help("組織的安全管理措置です（ガイドラインが推奨する区分）。", "Organisational measures (a category the PPC guidelines recommend).")]
    [Recommended(LegalItem.SafetyOrganisational)]
    MeasureCategory? Organisational,
    [Help("人的安全管理措置です（ガイドラインが推奨する区分）。", "Human measures (a category the PPC guidelines recommend).")]
    [Recommended(LegalItem.SafetyHuman)]
    MeasureCategory? Human,
    [Help("物理的安全管理措置です（ガイドラインが推奨する区分）。", "Physical measures (a category the PPC guidelines recommend).")]
    [Recommended(LegalItem.SafetyPhysical)]
    MeasureCategory? Physical,
    [Help("技術的安全管理措置です（ガイドラインが推奨する区分）。", "Technical measures (a category the PPC guidelines recommend).")]
    [Recommended(LegalItem.SafetyTechnical)]
    MeasureCategory? Technical,
    [Help("外的環境の把握です。外国で個人データを扱う国と措置、または扱わないことを書きます（ガイドラインが推奨）。",
        "The external environment: the countries where personal data is handled and the measures, or that there are none (the PPC guidelines recommend it).")]
    [Recommended(LegalItem.SafetyExternalEnvironment)]
    ExternalEnvironment? ExternalEnvironment) : INoticeSection
{
    /// <summary>The categories the Society wrote, in the order the guidelines list them.</summary>
    public IReadOnlyList<MeasureCategory> Categories => [.. new[] { BasicPolicy, Rules, Organisational, Human, Physical, Technical }.OfType<MeasureCategory>()];
}

/// <summary>One category of measures; a category with no measures publishes nothing, so the law needs at least one.</summary>
public sealed record MeasureCategory(
    [Help("区分の見出しです。", "The category's heading.")]
    LocalizedText Title,
    [Help("講じている措置です。1つ以上必要です。", "The measures taken; at least one is required.")]
    [RequiredByLaw(LegalItem.SafetyMeasures)]
    IReadOnlyList<LocalizedText> Measures);

/// <summary>
/// Where personal data is handled abroad: each country with what is handled there and the
/// measures taken. An empty list is allowed; <c>when_none</c> then says so on the page.
/// </summary>
public sealed record ExternalEnvironment(
    [Help("項目の見出しです。", "The heading of this part.")]
    LocalizedText Title,
    [Help("個人データを取り扱う外国です。ないときは [] と書き、when_none に書きます。", "The countries where personal data is handled; write [] if none, and say so in when_none.")]
    IReadOnlyList<ForeignHandling> Countries,
    [Help("国の表の表題です。省くと見出しを使います。", "The caption of the table of countries; the heading is used if left out.")]
    LocalizedText? Caption = null,
    [Help("外国で取り扱っていないときに表示する文です。", "The statement shown when no data is handled abroad.")]
    LocalizedText? WhenNone = null);

public sealed record ForeignHandling(
    [Help("国の名前です。", "The country's name.")]
    LocalizedText Country,
    [Help("その国で取り扱う内容です。", "What is handled there.")]
    LocalizedText Handling,
    [Help("その国の制度を踏まえて講じている措置です。", "The measures taken, given that country's data protection rules.")]
    IReadOnlyList<LocalizedText> Measures);
