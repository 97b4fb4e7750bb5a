using System.CommandLine;
using PrivacySite.Cli.Console;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Cli.Commands.Inquiries;

/// <summary>
/// <c>privacysite inquiries purge --older-than 3y [--yes]</c>: closed inquiries (answered, refused,
/// withdrawn) whose closing lies further back than the period. Without --yes it only lists them.
/// Open inquiries are never touched, however old.
/// </summary>
internal static class PurgeCommand
{
    public static Command Create(Option<string> lang)
    {
        var olderThan = new Option<string>("--older-than")
        {
            Description = "How long closed inquiries are kept, counted from their closing: a number and y, m or d (complaints: 3y).",
            Required = true,
            HelpName = "PERIOD",
        };
        var yes = new Option<bool>("--yes") { Description = "Delete them; without it, only list what would be deleted." };
        var command = new Command("purge", "Delete closed inquiries past their retention period (lists them only, unless --yes).") { olderThan, yes };
        DeskSession.SetAction(command, lang, async (parse, session, ct) =>
        {
            var periodText = parse.GetValue(olderThan)!;
            if (!RetentionPeriod.TryParse(periodText, out var period))
            {
                return session.Fail((RetentionPeriod.IsZero(periodText) ? DeskText.ZeroPeriod : DeskText.NotAPeriod).Format(TextTable.OneLine(periodText)));
            }

            var expired = await session.Desk.PastRetentionAsync(period.Value, ct);
            if (expired.Count == 0)
            {
                session.Output.WriteLine(session.Text(DeskText.NothingToPurge.Format(period.Value)));
                return 0;
            }

            session.Output.WriteLine(session.Text(DeskText.PastRetention.Format(period.Value)));
            TextTable.Write(
                session.Output,
                [.. new[] { DeskText.Reference, DeskText.Kind, DeskText.Status, DeskText.Closed }.Select(session.Text)],
                expired.Select(r => (IReadOnlyList<string>)[r.Reference.Value, session.Text(DeskText.KindName(r.Kind)), session.Text(DeskText.StatusName(r.Status)), DeskSession.Time(r.ClosedAt!.Value)]));
            session.Output.WriteLine();
            if (!parse.GetValue(yes))
            {
                session.Output.WriteLine(session.Text(DeskText.WouldDelete.Format(expired.Count)));
                return 0;
            }

            var deleted = await session.Desk.DeleteAsync(expired, ct);
            session.Output.WriteLine(session.Text(DeskText.Deleted.Format(deleted.Count)));
            if (deleted.Count < expired.Count)
            {
                session.Output.WriteLine(session.Text(DeskText.LeftAlone.Format(expired.Count - deleted.Count)));
            }

            return 0;
        });
        return command;
    }
}
