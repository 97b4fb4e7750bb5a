using PrivacySite.Content.Model.Calendar;
using PrivacySite.Inquiries.Deadlines;
using PrivacySite.Inquiries.Documents;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Desk;

/// <summary>
/// What the privacy office does with stored inquiries: find them, move them through the workflow
/// (appending to the history, never rewriting it), and delete closed ones past retention.
/// Every change carries the ETag it read, so two people changing one inquiry cannot overwrite each other.
/// A change the member is told of stores its e-mail in the same write (see <see cref="MessagePlan"/>), for the service's dispatcher to send.
/// While an inquiry awaits documents its clock is stopped: when it moves on, its due date moves later by the business
/// days it waited (<paramref name="calendar"/>: the office's days off; without it, weekends only).
/// An inquiry deleted takes its identity documents with it (<paramref name="documents"/>), first, so none outlive it.
/// </summary>
public sealed class InquiryDesk(IInquiryStore store, TimeProvider clock, BusinessCalendar? calendar = null, IDocumentStore? documents = null)
{
    private readonly InquiryClock _clock = new(calendar ?? new BusinessCalendar(new HolidayCalendar([])));

    /// <summary>The inquiries' clock on the office's business days, which reports count by too.</summary>
    public InquiryClock Clock => _clock;

    public DateOnly Today => JapanTime.Today(clock);

    public Task<InquiryRecord?> FindAsync(ReferenceNumber reference, CancellationToken cancellationToken) =>
        store.GetAsync(reference, cancellationToken);

    /// <summary>The inquiries matching <paramref name="query"/>, soonest due first.</summary>
    public async Task<IReadOnlyList<InquiryRecord>> ListAsync(InquiryQuery query, CancellationToken cancellationToken)
    {
        var found = new List<InquiryRecord>();
        await foreach (var record in store.QueryAsync(query, cancellationToken))
        {
            found.Add(record);
        }

        return [.. found.OrderBy(r => r.DueOn).ThenBy(r => r.ReceivedAt)];
    }

    public bool IsOverdue(InquiryRecord record) => _clock.IsOverdue(record, Today);

    /// <summary>Calendar days from today (in Japan) to the due date; negative once it has passed.</summary>
    public int DaysLeft(InquiryRecord record) => EffectiveDueOn(record).DayNumber - Today.DayNumber;

    /// <summary>The due date as it stands today: while paused, later by the business days waited so far (what resuming today would make it).</summary>
    public DateOnly EffectiveDueOn(InquiryRecord record) => _clock.EffectiveDueOn(record, Today);

    public async Task<StatusChange> ChangeStatusAsync(ReferenceNumber reference, InquiryStatus to, string actor, string? note, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(reference, cancellationToken) is not { } record)
        {
            return new StatusChange.NotFound();
        }

        if (Refusal(record, to, note) is { } refused)
        {
            return refused;
        }

        note = Note(note);
        var entry = new HistoryEntry(clock.GetUtcNow(), to, note, actor);
        return await AppendAsync(record, record with { Status = to, DueOn = _clock.EffectiveDueOn(record, Today) }, entry, MessagePlan.ForStatus(record, to, note, entry.At), cancellationToken);
    }

    /// <summary>Why <paramref name="record"/> cannot move to <paramref name="to"/> with <paramref name="note"/>; null when it can.</summary>
    public static StatusChange? Refusal(InquiryRecord record, InquiryStatus to, string? note) =>
        !StatusWorkflow.IsAllowed(record.Status, to) ? new StatusChange.NotAllowed(record.Status, to, StatusWorkflow.AllowedAfter(record.Status))
        : Note(note) is null && StatusWorkflow.NeedsReason(to) ? new StatusChange.ReasonRequired()
        : null;

    /// <summary>The e-mail a step would send the member (with its note as the reason), before it is taken: what the desk shows staff to confirm.</summary>
    public OutboxMessage? EmailFor(InquiryRecord record, InquiryStatus to, string? note) =>
        MessagePlan.ForStatus(record, to, Note(note), clock.GetUtcNow()).FirstOrDefault();

    /// <summary>The messages stored about the inquiry, sent or not: the office's announcement and the member's e-mails.</summary>
    public Task<IReadOnlyList<OutboxMessage>> MessagesAsync(ReferenceNumber reference, CancellationToken cancellationToken) =>
        store.ForAsync(reference, cancellationToken);

    private static string? Note(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    /// <summary>The business days the clock of a paused inquiry has stood still, up to and including today (in Japan).</summary>
    public int PausedBusinessDays(InquiryRecord record) => _clock.PausedBusinessDays(record, Today);

    /// <summary>
    /// Moves the due date of an open inquiry later, with the reason the member is told (APPI Art. 36:
    /// the e-mail says why and until when); the status stays as it is.
    /// </summary>
    public async Task<StatusChange> ExtendAsync(ReferenceNumber reference, DateOnly newDueOn, string actor, string? reason, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(reference, cancellationToken) is not { } record)
        {
            return new StatusChange.NotFound();
        }

        if (record.Status.IsClosed())
        {
            return new StatusChange.NotAllowed(record.Status, record.Status, []);
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is null)
        {
            return new StatusChange.ReasonRequired();
        }

        if (newDueOn <= record.DueOn)
        {
            return new StatusChange.NotLater(record.DueOn);
        }

        var entry = new HistoryEntry(clock.GetUtcNow(), record.Status, reason, actor, ExtendedTo: newDueOn);
        return await AppendAsync(record, record with { DueOn = newDueOn }, entry, MessagePlan.ForExtension(record, newDueOn, reason, entry.At), cancellationToken);
    }

    /// <summary>Records who handles an open inquiry from now on (<paramref name="assignee"/> empty: no one); the member is not told.</summary>
    public async Task<StatusChange> AssignAsync(ReferenceNumber reference, string assignee, string actor, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(reference, cancellationToken) is not { } record)
        {
            return new StatusChange.NotFound();
        }

        if (record.Status.IsClosed())
        {
            return new StatusChange.NotAllowed(record.Status, record.Status, []);
        }

        var entry = new HistoryEntry(clock.GetUtcNow(), record.Status, Actor: actor, AssignedTo: assignee.Trim());
        return await AppendAsync(record, record, entry, [], cancellationToken);
    }

    /// <summary>Stores <paramref name="changed"/> with <paramref name="entry"/> appended and the e-mail it causes, unless someone changed the inquiry since <paramref name="read"/>.</summary>
    private async Task<StatusChange> AppendAsync(InquiryRecord read, InquiryRecord changed, HistoryEntry entry, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        try
        {
            var stored = await store.UpdateAsync(changed with { History = [.. read.History, entry] }, messages, cancellationToken);
            return new StatusChange.Changed(read.Status, stored, entry);
        }
        catch (InquiryConcurrencyException)
        {
            var now = await store.GetAsync(read.Reference, cancellationToken);
            return new StatusChange.Conflict(now?.Status ?? read.Status);
        }
    }

    /// <summary>
    /// Closed inquiries kept for the whole <paramref name="retention"/> counted from the day they
    /// were closed (in Japan): closed on 10 January 2024 and kept 3 years, one goes from 11 January 2027. Open ones never.
    /// </summary>
    public async Task<IReadOnlyList<InquiryRecord>> PastRetentionAsync(RetentionPeriod retention, CancellationToken cancellationToken)
    {
        var cutoff = retention.Before(Today);
        var found = new List<InquiryRecord>();
        await foreach (var record in store.QueryAsync(new InquiryQuery(), cancellationToken))
        {
            if (record.ClosedAt is { } closed && JapanTime.DateOf(closed) < cutoff)
            {
                found.Add(record);
            }
        }

        return [.. found.OrderBy(r => r.ClosedAt)];
    }

    /// <summary>Deletes each inquiry unless it changed since it was listed; returns those deleted.</summary>
    public async Task<IReadOnlyList<InquiryRecord>> DeleteAsync(IEnumerable<InquiryRecord> records, CancellationToken cancellationToken)
    {
        var deleted = new List<InquiryRecord>();
        foreach (var record in records)
        {
            try
            {
                if (documents is not null && DocumentSetId.TryParse(record.DocumentSet, out var set))
                {
                    await documents.DeleteAsync(set.Value, cancellationToken);
                }

                await store.DeleteAsync(record, cancellationToken);
                deleted.Add(record);
            }
            catch (InquiryConcurrencyException)
            {
                // Changed or already deleted by someone else since it was listed: left alone.
            }
        }

        return deleted;
    }
}
