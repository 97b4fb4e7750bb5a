using System.Globalization;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Fields;
using PrivacySite.Inquiries.Deadlines;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Documents;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Intake.Hosting;
using PrivacySite.Intake.Responses;
using PrivacySite.Theme.ViewModels.Desk;

namespace PrivacySite.Intake.Desk;

/// <summary>
/// Builds an inquiry's page: its facts, every answer the member gave under the form's own labels, the history, the
/// messages about it and how their sending stands, and the actions (for handlers).
/// </summary>
internal sealed class DetailViewFactory(DeskPages pages, IntakePages intake, MailOptions mail, DueDates dueDates)
{
    /// <param name="documents">The identity documents stored with a request (none for a complaint, which takes no files: null).</param>
    public DetailView Build(InquiryRecord record, IReadOnlyList<OutboxMessage> messages, InquiryDesk desk, Language language, bool mayHandle, string? notice, IReadOnlyList<StoredDocument>? documents = null)
    {
        var ui = pages.Ui(language);
        IReadOnlyList<DetailItem> facts =
        [
            new(ui["desk.fact.status"], pages.StatusName(record.Status, language) + (record.IsPaused ? $" ({ui["desk.paused"]})" : "")),
            new(ui["desk.fact.kind"], pages.KindName(record.Kind, language)),
            new(ui["desk.fact.received"], DeskTimes.Time(record.ReceivedAt)),
            new(ui["desk.fact.due"], DeskTimes.Date(desk.EffectiveDueOn(record)) + InternalTarget(record, language)),
            new(ui["desk.fact.paused_days"], desk.PausedBusinessDays(record).ToString(CultureInfo.InvariantCulture)),
            new(ui["desk.fact.days_left"], record.Status.IsClosed() ? "-" : desk.DaysLeft(record).ToString(CultureInfo.InvariantCulture)),
            new(ui["desk.fact.assignee"], record.Assignee ?? "-"),
            new(ui["desk.fact.language"], record.Language.Code()),
        ];

        return new DetailView(
            record.Reference.Value,
            facts,
            Answers(record, language),
            [.. record.History.Select(h => History(h, language))],
            [.. messages.OrderBy(m => m.CreatedAt).Select(m => Message(m, language))],
            !mail.IsEnabled && messages.Any(m => m.Channel == OutboxChannel.Email && m.State == OutboxState.Pending),
            mayHandle && !record.Status.IsClosed() ? Actions(record, language) : null,
            notice,
            documents?.Select(d => new DetailDocument(
                string.Format(CultureInfo.InvariantCulture, ui["desk.detail.document"], d.Name.Number, d.Name.Type.ToString().ToUpperInvariant(), Math.Max(1, d.Length / 1024)),
                DeskRoutes.Document(language, record.Reference, d.Name.Value))).ToList());
    }

    private IReadOnlyList<DetailItem> Answers(InquiryRecord record, Language language)
    {
        var text = intake.Text;
        return
        [
            .. InquiryForms.For(record.Kind).Fields
                .Where(f => !f.IsHidden && record.Values.TryGetValue(f.Name, out var values) && values.Any(v => v.Length > 0))
                .Select(f => new DetailItem(
                    text.Label(f.Name, language),
                    string.Join(f.AllowedValues.Count > 0 ? "、" : " ", record.Values[f.Name].Select(v => f.AllowedValues.Contains(v) ? text.OptionLabel(f.Name, v, language) : v)))),
        ];
    }

    private DetailHistoryRow History(HistoryEntry entry, Language language)
    {
        var ui = pages.Ui(language);
        var what = entry switch
        {
            { ExtendedTo: { } date } => string.Format(CultureInfo.InvariantCulture, ui["desk.history.extended"], DeskTimes.Date(date)),
            { AssignedTo: { Length: 0 } } => ui["desk.history.unassigned"],
            { AssignedTo: { } name } => string.Format(CultureInfo.InvariantCulture, ui["desk.history.assigned"], name),
            { Send: { } send } => string.Format(CultureInfo.InvariantCulture, ui["desk.history.sent"],
                ui["desk.channel." + send.Channel.Name()], send.Attempt, ui["desk.send_outcome." + send.Outcome.Name()]),
            _ => pages.StatusName(entry.Status, language),
        };
        return new DetailHistoryRow(DeskTimes.Time(entry.At), what, entry.Actor ?? "-", entry.Note ?? "");
    }

    /// <summary>When the notice states no number of days for what was asked, the due date is the office's internal target: it says so.</summary>
    private string InternalTarget(InquiryRecord record, Language language) =>
        dueDates.StatedDays(record.Kind, record.Values) is null
            ? " " + string.Format(CultureInfo.InvariantCulture, pages.Ui(language)["desk.fact.internal_target"], dueDates.TargetDays)
            : "";

    private DetailMessageRow Message(OutboxMessage message, Language language)
    {
        var ui = pages.Ui(language);
        return new DetailMessageRow(
            ui["desk.channel." + message.Channel.Name()],
            ui["desk.message." + message.Template.Replace('-', '_')],
            ui["desk.message_state." + message.State.Name().Replace('-', '_')],
            message.Attempts,
            message.LastResult ?? "-");
    }

    private DetailActions Actions(InquiryRecord record, Language language) => new(
        DeskRoutes.Status(language, record.Reference),
        [.. StatusWorkflow.AllowedAfter(record.Status).Select(s => new FilterOption(s.Name(), pages.StatusName(s, language), false))],
        DeskRoutes.Extend(language, record.Reference),
        DeskRoutes.Assign(language, record.Reference),
        record.Assignee ?? "");
}
