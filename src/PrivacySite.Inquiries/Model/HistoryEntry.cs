using PrivacySite.Inquiries.Outbox;

namespace PrivacySite.Inquiries.Model;

/// <summary>
/// One step in an inquiry's life: when (UTC) its status changed, who changed it, and their note.
/// Entries are only ever appended; the first is the intake service's "received", with no actor.
/// An entry with a <see cref="Send"/> records an attempt to send one of its outbox messages, one with
/// <see cref="ExtendedTo"/> an extension of the due date (the note is the reason), one with <see cref="AssignedTo"/> who handles it
/// from then on (empty: no one); the status of each is the inquiry's at the time, unchanged.
/// </summary>
public sealed record HistoryEntry(DateTimeOffset At, InquiryStatus Status, string? Note = null, string? Actor = null, SendRecord? Send = null, DateOnly? ExtendedTo = null, string? AssignedTo = null)
{
    /// <summary>True for an entry that moved the inquiry to <see cref="Status"/>, not one that recorded a send, an extension or an assignment.</summary>
    public bool IsStatusChange => Send is null && ExtendedTo is null && AssignedTo is null;
}

/// <summary>One attempt to send an outbox message and what came of it (<see cref="Detail"/> names a status code, never an address).</summary>
public sealed record SendRecord(string MessageId, OutboxChannel Channel, string Template, int Attempt, SendOutcome Outcome, string Detail);
