using PrivacySite.Inquiries.Outbox;

namespace PrivacySite.Inquiries.Model;

/// <summary>
/// One step in an inquiry's life: when (UTC) its status changed, who changed it, and their note.
/// Entries are only ever appended; the first is the intake service's "received", with no actor.
/// An entry with a <see cref="Send"/> records an attempt to send one of its outbox messages; its status is the inquiry's at the time, unchanged.
/// </summary>
public sealed record HistoryEntry(DateTimeOffset At, InquiryStatus Status, string? Note = null, string? Actor = null, SendRecord? Send = null);

/// <summary>One attempt to send an outbox message and what came of it (<see cref="Detail"/> names a status code, never an address).</summary>
public sealed record SendRecord(string MessageId, OutboxChannel Channel, string Template, int Attempt, SendOutcome Outcome, string Detail);
