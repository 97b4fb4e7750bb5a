namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// content/notice/joint-use.yaml: personal data used jointly with others (APPI Art. 27(5)(iii)).
/// The list may be empty; <c>when_none</c> then says so on the page.
/// </summary>
public sealed record JointUse(
    SectionPage Page,
    IReadOnlyList<JointUseEntry> Entries,
    LocalizedText? WhenNone = null) : INoticeSection;

public sealed record JointUseEntry(
    LocalizedText Title,
    IReadOnlyList<LocalizedText> Items,
    LocalizedText Users,
    LocalizedText Purpose,
    LocalizedText ResponsibleParty);
