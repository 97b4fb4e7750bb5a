namespace PrivacySite.Content.Model.Notice;

/// <summary>content/notice/third-party-provision.yaml: the consent rule (in the intro), its exceptions, and who is not a third party.</summary>
public sealed record ThirdPartyProvision(
    SectionPage Page,
    TitledList Exceptions,
    TitledList NotThirdParties,
    LocalizedText RecordKeeping) : INoticeSection;
