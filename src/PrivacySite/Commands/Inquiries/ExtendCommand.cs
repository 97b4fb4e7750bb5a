using System.CommandLine;
using PrivacySite.Cli.Console;
using PrivacySite.Inquiries.Desk;

namespace PrivacySite.Cli.Commands.Inquiries;

/// <summary>
/// <c>privacysite inquiries extend REF --until YYYY-MM-DD --note REASON [--actor NAME]</c>: moves an open
/// inquiry's due date later, recorded in its history with the reason, which the member is e-mailed with the new date.
/// </summary>
internal static class ExtendCommand
{
    public static Command Create(Option<string> lang)
    {
        var reference = DeskSession.ReferenceArgument();
        var until = new Option<string>("--until") { Description = "The new due date (Japan), later than the current one.", HelpName = "YYYY-MM-DD", Required = true };
        var note = new Option<string?>("--note") { Description = "Why more time is needed (required): the member is e-mailed it.", HelpName = "TEXT" };
        var actor = DeskSession.ActorOption();
        var command = new Command("extend", "Extend an open inquiry's due date, recording why; the member is told by e-mail.") { reference, until, note, actor };
        DeskSession.SetAction(command, lang, async (parse, session, ct) =>
        {
            if (!session.TryReference(parse.GetValue(reference)!, out var number) || !session.TryDay(parse.GetValue(until), out var day))
            {
                return 1;
            }

            var change = await session.Desk.ExtendAsync(number, day!.Value, DeskSession.ActorOf(parse, actor), parse.GetValue(note), ct);
            return session.Report(number, change, changed =>
            {
                session.Output.WriteLine(session.Text(DeskText.Extended.Format(
                    changed.Inquiry.Reference.Value, DeskSession.Date(changed.Inquiry.DueOn), DeskSession.Time(changed.Entry.At), TextTable.OneLine(changed.Entry.Actor ?? "-"))));
                return 0;
            });
        });
        return command;
    }
}
