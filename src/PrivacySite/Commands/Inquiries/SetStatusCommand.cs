using System.CommandLine;
using PrivacySite.Cli.Console;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Cli.Commands.Inquiries;

/// <summary>
/// <c>privacysite inquiries set-status REF STATUS [--note TEXT] [--actor NAME]</c>: one step of the
/// workflow, appended to the history. A step the workflow does not allow, a refusal without a reason,
/// and a change someone else made at the same moment are refused with a message; nothing is saved then.
/// </summary>
internal static class SetStatusCommand
{
    public static Command Create(Option<string> lang)
    {
        var reference = DeskSession.ReferenceArgument();
        var status = new Argument<string>("STATUS") { Description = $"The new status: {DeskSession.StatusNames(InquiryStatuses.All.Skip(1))}." };
        var note = new Option<string?>("--note") { Description = "What was done or decided; required when refusing (the reason).", HelpName = "TEXT" };
        var actor = new Option<string>("--actor")
        {
            Description = "Who made the change (default: your user name).",
            DefaultValueFactory = _ => Environment.UserName,
            HelpName = "NAME",
        };
        var command = new Command("set-status", "Move an inquiry to its next status, recording when, who and why.") { reference, status, note, actor };
        DeskSession.SetAction(command, lang, async (parse, session, ct) =>
        {
            if (!session.TryReference(parse.GetValue(reference)!, out var number))
            {
                return 1;
            }

            var statusText = parse.GetValue(status)!;
            if (!InquiryStatuses.TryParse(statusText, out var to))
            {
                return session.Fail(DeskText.NotAStatus.Format(TextTable.OneLine(statusText), DeskSession.StatusNames(InquiryStatuses.All)));
            }

            var by = parse.GetValue(actor)?.Trim() is { Length: > 0 } named ? named : Environment.UserName;
            return await session.Desk.ChangeStatusAsync(number, to, by, parse.GetValue(note), ct) switch
            {
                StatusChange.Changed changed => Done(session, changed),
                StatusChange.NotFound => session.Fail(DeskText.NotFound.Format(number.Value, session.StoreDescription)),
                StatusChange.NotAllowed { Allowed.Count: 0 } refused => session.Fail(DeskText.Final.Format(number.Value, refused.From.Name())),
                StatusChange.NotAllowed refused => session.Fail(DeskText.NotAllowed.Format(number.Value, refused.From.Name(), refused.To.Name(), DeskSession.StatusNames(refused.Allowed))),
                StatusChange.ReasonRequired => session.Fail(DeskText.ReasonRequired),
                StatusChange.Conflict conflict => session.Fail(DeskText.Conflict.Format(number.Value, conflict.Now.Name())),
                _ => throw new InvalidOperationException("unknown status change outcome"),
            };
        });
        return command;
    }

    private static int Done(DeskSession session, StatusChange.Changed changed)
    {
        session.Output.WriteLine(session.Text(DeskText.Changed.Format(
            changed.Inquiry.Reference.Value, changed.From.Name(), changed.Entry.Status.Name(), DeskSession.Time(changed.Entry.At), TextTable.OneLine(changed.Entry.Actor ?? "-"))));
        return 0;
    }
}
