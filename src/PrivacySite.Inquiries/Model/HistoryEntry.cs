namespace PrivacySite.Inquiries.Model;

/// <summary>
/// One step in an inquiry's life: when (UTC) its status changed, who changed it, and their note.
/// Entries are only ever appended; the first is the intake service's "received", with no actor.
/// </summary>
public sealed record HistoryEntry(DateTimeOffset At, InquiryStatus Status, string? Note = null, string? Actor = null);
