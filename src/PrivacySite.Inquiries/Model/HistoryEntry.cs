namespace PrivacySite.Inquiries.Model;

/// <summary>One step in an inquiry's life: when its status changed, and an optional note by the desk.</summary>
public sealed record HistoryEntry(DateTimeOffset At, InquiryStatus Status, string? Note = null);
