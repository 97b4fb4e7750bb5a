using System.CommandLine;
using PrivacySite.Cli.Console;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Cli.Commands.Inquiries;

/// <summary>
/// <c>privacysite inquiries set-status REF STATUS [--note TEXT] [--actor NAME]</c>: one step of the
/// workflow, appended to the history, with the e-mail the member is sent of it (see <c>MessagePlan</c>). A step the
/// workflow does not allow, a refusal without a reason, and a change someone else made at the same moment are
/// refused with a message; nothing is saved then.
/// </summary>
internal static class SetStatusCommand
{
    public static Command Create(Option<string> lang)
    {
        var reference = DeskSession.ReferenceArgument();
        var status = new Argument<string>("STATUS") { Description = $"The new status: {DeskSession.StatusNames(InquiryStatuses.All.Skip(1))}." };
        var note = new Option<string?>("--note")
        {
            Description = "What was done or decided; required when refusing (the reason) or asking for documents (which): the member is e-mailed it.",
            HelpName = "TEXT",
        };
        var actor = DeskSession.ActorOption();
        var command = new Command("set-status", "Move an inquiry to its next status, recording when, who and why.") { reference, status, note, actor };
        DeskSession.SetAction(command, lang, async (parse, session, ct) =>
        {
            if (!session.TryReference(parse.GetValue(reference)!, out var number))
            {
                return 1;
            }

            if (!session.TryStatus(parse.GetValue(status)!, [], out var to))
            {
                return 1;
            }

            var change = await session.Desk.ChangeStatusAsync(number, to, DeskSession.ActorOf(parse, actor), parse.GetValue(note), ct);
            return session.Report(number, change, changed => Done(session, changed));
        });
        return command;
    }

    private static int Done(DeskSession session, StatusChange.Changed changed)
    {
        session.Output.WriteLine(session.Text(DeskText.Changed.Format(
            changed.Inquiry.Reference.Value, session.StatusName(changed.From), session.StatusName(changed.Entry.Status), DeskSession.Time(changed.Entry.At), TextTable.OneLine(changed.Entry.Actor ?? "-"))));
        return 0;
    }
}
