using PrivacySite.Content.Law;
using PrivacySite.Content.Loading;

namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// content/notice/requests.yaml: how to ask for notice of purpose, disclosure, correction,
/// suspension and the rest (APPI Art. 32–38), and the separate procedure for medical fee
/// statements. Each kind is a named field, so none can be left out.
/// </summary>
[RequiredByLaw(LegalItem.RequestProcedures)]
public sealed record RequestProcedures(
    SectionPage Page,
    LocalizedText KindsTitle,
    LocalizedText KindsCaption,
    LocalizedText ResponsePromise,
    [RequiredByLaw(LegalItem.PurposeNoticeRequest)] RequestKind PurposeNotice,
    [RequiredByLaw(LegalItem.DisclosureRequest)] RequestKind Disclosure,
    [RequiredByLaw(LegalItem.ProvisionRecordDisclosureRequest)] RequestKind ProvisionRecordDisclosure,
    [RequiredByLaw(LegalItem.CorrectionRequest)] RequestKind Correction,
    [RequiredByLaw(LegalItem.SuspensionRequest)] RequestKind Suspension,
    [RequiredByLaw(LegalItem.ProvisionStopRequest)] RequestKind ProvisionStop,
    [RequiredByLaw(LegalItem.HowToRequest)] HowToApply HowToApply,
    [RequiredByLaw(LegalItem.IdentityCheck)] IdentityDocuments Identity,
    TitledList RefusalGrounds,
    MedicalFeeStatementProcedure MedicalFeeStatements) : INoticeSection
{
    /// <summary>The six kinds in the order of the Act, keyed as in the YAML (the intake and the desk use the same keys).</summary>
    public IReadOnlyList<(string Key, RequestKind Kind)> Kinds =>
    [
        (YamlNaming.ToKey(nameof(PurposeNotice)), PurposeNotice),
        (YamlNaming.ToKey(nameof(Disclosure)), Disclosure),
        (YamlNaming.ToKey(nameof(ProvisionRecordDisclosure)), ProvisionRecordDisclosure),
        (YamlNaming.ToKey(nameof(Correction)), Correction),
        (YamlNaming.ToKey(nameof(Suspension)), Suspension),
        (YamlNaming.ToKey(nameof(ProvisionStop)), ProvisionStop),
    ];
}

/// <summary>
/// One kind of request: what it covers, its fee, and the number of days within which the
/// Society aims to answer (the privacy office's due dates use the same figure).
/// </summary>
public sealed record RequestKind(
    LocalizedText Title,
    LocalizedText Description,
    [RequiredByLaw(LegalItem.RequestFee)] Fee Fee,
    int ResponseDays,
    IReadOnlyList<LocalizedText>? DeliveryOptions = null);

/// <summary>A fee in yen (0 = free of charge), what it is charged per, and any postage on top.</summary>
public sealed record Fee(int Yen, LocalizedText? Unit = null, LocalizedText? Postage = null);

/// <summary>The ways to send a request; the desk itself is the complaint contact in complaints.yaml.</summary>
public sealed record HowToApply(
    LocalizedText Title,
    IReadOnlyList<ApplicationMethod> Methods,
    LocalizedText? Intro = null);

public sealed record ApplicationMethod(ApplicationChannel Channel, LocalizedText Description);

/// <summary>How a request reaches the Society; the online channel links to the request form once it exists.</summary>
public enum ApplicationChannel
{
    Online,
    Post,
    InPerson,
}

/// <summary>The documents that prove who is asking: the person, a legal representative, an appointed agent (APPI Art. 37(3)).</summary>
public sealed record IdentityDocuments(
    LocalizedText Title,
    LocalizedText Caption,
    IReadOnlyList<LocalizedText> Person,
    IReadOnlyList<LocalizedText> LegalRepresentative,
    IReadOnlyList<LocalizedText> AppointedAgent,
    LocalizedText? Intro = null);

/// <summary>Disclosure of medical fee statements (レセプト), which has its own steps: the treating doctor may be consulted first.</summary>
public sealed record MedicalFeeStatementProcedure(
    LocalizedText Title,
    IReadOnlyList<LocalizedText> Steps,
    [RequiredByLaw(LegalItem.RequestFee)] Fee Fee,
    int ResponseDays,
    LocalizedText? Intro = null);
