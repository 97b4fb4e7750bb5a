using System.CommandLine;
using PrivacySite.Cli.Console;
using PrivacySite.Inquiries.Documents;

namespace PrivacySite.Cli.Commands.Inquiries;

/// <summary>
/// <c>privacysite inquiries purge-documents [--after 30] [--yes]</c>: the identity documents of inquiries whose identity
/// was verified or which closed more than the days ago, and the orphan sets no inquiry names (left by a submission that
/// failed while storage was down). Without --yes it only lists them. The inquiries stay.
/// </summary>
internal static class PurgeDocumentsCommand
{
    public static Command Create(Option<string> lang)
    {
        var after = new Option<int>("--after")
        {
            Description = "Days the documents are kept after identity was verified or the inquiry closed (default 30, as the desk's Intake__Desk__DocumentRetentionDays).",
            DefaultValueFactory = _ => 30,
            HelpName = "DAYS",
        };
        var yes = new Option<bool>("--yes") { Description = "Delete them; without it, only list what would be deleted." };
        var command = new Command("purge-documents", "Delete identity documents that have served, and orphaned ones (lists them only, unless --yes).") { after, yes };
        DeskSession.SetAction(command, lang, async (parse, session, ct) =>
        {
            var days = parse.GetValue(after);
            if (days < 0)
            {
                return session.Fail(DeskText.NotAPeriod.Format(days.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            var documents = session.Settings.OpenDocuments();
            var retention = new DocumentRetention(session.Settings.Open(), documents, TimeProvider.System);
            var due = await retention.DueAsync(days, ct);
            var orphans = await retention.OrphansAsync(DocumentRetention.OrphanGrace, ct);
            session.Output.WriteLine(session.Text(DeskText.DocumentsDue.Format(due.Count, days, orphans.Count)));
            foreach (var record in due)
            {
                session.Output.WriteLine("  " + record.Reference.Value);
            }

            if (!parse.GetValue(yes))
            {
                return 0;
            }

            var done = await retention.DeleteAsync(due, ct);
            await retention.DeleteOrphansAsync(orphans, ct);
            session.Output.WriteLine(session.Text(DeskText.DocumentsDeleted.Format(done.Count, orphans.Count)));
            return 0;
        });
        return command;
    }
}
