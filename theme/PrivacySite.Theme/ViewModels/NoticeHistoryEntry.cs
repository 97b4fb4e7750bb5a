using PrivacySite.Content.Model;

namespace PrivacySite.Theme.ViewModels;

/// <summary>One version on the notice's history page: its date, the revision's summary (none for the enactment), and where it can be read (null when it cannot be shown).</summary>
public sealed record NoticeHistoryEntry(DateOnly Date, LocalizedText? Summary, string? Href);
