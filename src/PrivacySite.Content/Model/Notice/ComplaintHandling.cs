using PrivacySite.Content.Law;

namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// content/notice/complaints.yaml: where to send complaints and questions (Cabinet Order Art. 10(ii)),
/// who is responsible, how they are handled, and an accredited organisation where one applies (Art. 10(iii)).
/// </summary>
[RequiredByLaw(LegalItem.ComplaintContact)]
public sealed record ComplaintHandling(
    SectionPage Page,
    LocalizedText ContactTitle,
    [RequiredByLaw(LegalItem.ComplaintContact)] ContactPoint Contact,
    LocalizedText Responsible,
    TitledList Handling,
    AccreditedOrganisation? AccreditedOrganisation = null) : INoticeSection;

/// <summary>A desk people can write to, call or visit.</summary>
public sealed record ContactPoint(
    LocalizedText Name,
    string PostalCode,
    LocalizedText Address,
    LocalizedText Hours,
    string? Phone = null,
    string? Fax = null,
    string? Email = null);

/// <summary>An accredited personal information protection organisation (認定個人情報保護団体) and where it takes complaints.</summary>
public sealed record AccreditedOrganisation(LocalizedText Name, LocalizedText ComplaintsTo);
