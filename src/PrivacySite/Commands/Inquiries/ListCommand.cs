using System.CommandLine;
using System.Globalization;
using PrivacySite.Cli.Console;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Cli.Commands.Inquiries;

/// <summary>
/// <c>privacysite inquiries list [--status S] [--kind K] [--overdue]</c>: one line per inquiry, soonest due first. Besides a
/// status, --status takes open (not yet closed) and closed (answered, refused or withdrawn).
/// </summary>
internal static class ListCommand
{
    /// <summary>Not a stored status: every status that is not closed.</summary>
    private const string Open = "open";

    /// <summary>Not a stored status: answered, refused and withdrawn, the statuses that close an inquiry.</summary>
    private const string Closed = "closed";

    public static Command Create(Option<string> lang)
    {
        var status = new Option<string?>("--status") { Description = $"Only this status, or '{Open}' for all not yet closed, or '{Closed}' for answered, refused and withdrawn.", HelpName = "STATUS" };
        var kind = new Option<string?>("--kind") { Description = "Only request (requests about one's data) or complaint.", HelpName = "KIND" };
        var overdue = new Option<bool>("--overdue") { Description = "Only open inquiries past their due date." };
        var command = new Command("list", "List inquiries: reference, kind, received, due date, status, days left; overdue ones are marked.") { status, kind, overdue };
        DeskSession.SetAction(command, lang, async (parse, session, ct) =>
        {
            if (!TryQuery(session, parse.GetValue(status), parse.GetValue(kind), out var query, out var closedWanted))
            {
                return 1;
            }

            var desk = session.Desk;
            var found = (await desk.ListAsync(query, ct))
                .Where(r => (closedWanted is not { } closed || r.Status.IsClosed() == closed) && (!parse.GetValue(overdue) || desk.IsOverdue(r)))
                .ToList();
            if (found.Count == 0)
            {
                session.Output.WriteLine(session.Text(DeskText.NoMatch));
                return 0;
            }

            TextTable.Write(
                session.Output,
                [.. new[] { DeskText.Reference, DeskText.Kind, DeskText.Received, DeskText.Due, DeskText.Status, DeskText.DaysLeft }.Select(session.Text), ""],
                found.Select(r => (IReadOnlyList<string>)
                [
                    r.Reference.Value,
                    session.Text(DeskText.KindName(r.Kind)),
                    DeskSession.Time(r.ReceivedAt),
                    session.DueBasis.IsInternalTarget(r) ? $"{DeskSession.Date(desk.EffectiveDueOn(r))} {session.Text(DeskText.InternalTargetMark)}" : DeskSession.Date(desk.EffectiveDueOn(r)),
                    session.Text(DeskText.StatusName(r.Status)),
                    r.Status.IsClosed() ? "-" : desk.DaysLeft(r).ToString(CultureInfo.InvariantCulture),
                    desk.IsOverdue(r) ? session.Text(DeskText.Overdue) : "",
                ]));
            session.Output.WriteLine();
            if (found.Any(session.DueBasis.IsInternalTarget))
            {
                session.Output.WriteLine(session.Text(session.DueBasis.Footnote));
            }

            session.Output.WriteLine(session.Text(DeskText.Listed.Format(found.Count, found.Count(desk.IsOverdue), session.StoreDescription)));
            return 0;
        });
        return command;
    }

    /// <param name="closedWanted">For open or closed, whether closed inquiries are wanted; null for a status or none.</param>
    private static bool TryQuery(DeskSession session, string? status, string? kind, out InquiryQuery query, out bool? closedWanted)
    {
        query = new InquiryQuery();
        closedWanted = status?.Trim().ToLowerInvariant() switch { Open => false, Closed => true, _ => null };
        InquiryStatus? wantedStatus = null;
        if (status is not null && closedWanted is null)
        {
            if (!session.TryStatus(status, [Open, Closed], out var parsed))
            {
                return false;
            }

            wantedStatus = parsed;
        }

        InquiryKind? wantedKind = null;
        if (kind is not null)
        {
            if (!InquiryKinds.TryParse(kind.Trim().ToLowerInvariant(), out var parsed))
            {
                session.Fail(DeskText.NotAKind.Format(TextTable.OneLine(kind)));
                return false;
            }

            wantedKind = parsed;
        }

        query = new InquiryQuery(wantedKind, wantedStatus);
        return true;
    }
}
