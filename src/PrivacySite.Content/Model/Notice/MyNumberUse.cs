namespace PrivacySite.Content.Model.Notice;

/// <summary>content/notice/my-number.yaml: what specific personal information (My Number) is used for and with whom it is exchanged.</summary>
public sealed record MyNumberUse(
    SectionPage Page,
    TitledList Uses,
    InformationExchange Exchanges,
    TitledList Safeguards) : INoticeSection;

/// <summary>The table of bodies the Society exchanges information with under the My Number Act.</summary>
public sealed record InformationExchange(
    LocalizedText Title,
    LocalizedText Caption,
    IReadOnlyList<ExchangePartner> Partners);

public sealed record ExchangePartner(
    LocalizedText Partner,
    IReadOnlyList<LocalizedText>? Receives = null,
    IReadOnlyList<LocalizedText>? Provides = null);
