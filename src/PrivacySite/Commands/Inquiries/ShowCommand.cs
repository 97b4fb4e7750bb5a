using System.CommandLine;
using System.Globalization;
using PrivacySite.Cli.Console;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Export;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;

namespace PrivacySite.Cli.Commands.Inquiries;

/// <summary><c>privacysite inquiries show REF</c>: every field the member sent, and the full history.</summary>
internal static class ShowCommand
{
    private const string Indent = "  ";

    public static Command Create(Option<string> lang)
    {
        var reference = DeskSession.ReferenceArgument();
        var command = new Command("show", "Show one inquiry: every field and its full history.") { reference };
        DeskSession.SetAction(command, lang, async (parse, session, ct) =>
        {
            if (!session.TryReference(parse.GetValue(reference)!, out var number))
            {
                return 1;
            }

            if (await session.Desk.FindAsync(number, ct) is not { } record)
            {
                return session.Fail(DeskText.NotFound.Format(number.Value, session.StoreDescription));
            }

            Print(session, record);
            return 0;
        });
        return command;
    }

    private static void Print(DeskSession session, InquiryRecord record)
    {
        var output = session.Output;
        var desk = session.Desk;
        var due = DeskSession.Date(desk.EffectiveDueOn(record));
        if (!record.Status.IsClosed())
        {
            due += $" ({session.Text(DeskText.DaysLeft)}: {desk.DaysLeft(record).ToString(CultureInfo.InvariantCulture)}{(desk.IsOverdue(record) ? ", " + session.Text(DeskText.Overdue) : "")})";
        }

        TextTable.Write(output, [session.Text(DeskText.Reference), record.Reference.Value],
        [
            [session.Text(DeskText.Kind), session.Text(DeskText.KindName(record.Kind))],
            [session.Text(DeskText.Status), session.Text(DeskText.StatusName(record.Status))],
            [session.Text(DeskText.Received), DeskSession.Time(record.ReceivedAt)],
            [session.Text(DeskText.Due), session.DueBasis.Explain(record) is { } basis ? $"{due}; {session.Text(basis)}" : due],
            [session.Text(DeskText.Closed), record.ClosedAt is { } closed ? DeskSession.Time(closed) : "-"],
            [session.Text(DeskText.Language), record.Language.Code()],
        ]);

        output.WriteLine();
        output.WriteLine(session.Text(DeskText.Fields));
        var names = ExportRow.FieldNames.Where(record.Values.ContainsKey).Concat(record.Values.Keys.Except(ExportRow.FieldNames)).ToList();
        var labels = names.ToDictionary(n => n, n => FieldLabel(session, n));
        var width = names.Count == 0 ? 0 : labels.Values.Max(TextTable.Width);
        foreach (var name in names)
        {
            // Free text keeps its line breaks, each further line under the first value.
            var lines = TextTable.Safe(string.Join("; ", record.Values[name].Select(v => FieldValue(session, name, v))).ReplaceLineEndings("\n")).Split('\n');
            output.WriteLine($"{Indent}{labels[name]}{new string(' ', width - TextTable.Width(labels[name]))}  {lines[0]}".TrimEnd());
            foreach (var line in lines.Skip(1))
            {
                output.WriteLine($"{Indent}{new string(' ', width)}  {line}".TrimEnd());
            }
        }

        output.WriteLine();
        output.WriteLine(session.Text(DeskText.History));
        TextTable.Write(
            output,
            [.. new[] { DeskText.When, DeskText.Status, DeskText.Actor, DeskText.Note }.Select(session.Text)],
            record.History.Select(h => (IReadOnlyList<string>)[DeskSession.Time(h.At), session.Text(DeskText.StatusName(h.Status)), h.Actor ?? "-", NoteOf(session, h)]),
            Indent);
    }

    /// <summary>A field as `show` names it: by its name in English (as the export's header), by its label from content/forms in Japanese.</summary>
    private static string FieldLabel(DeskSession session, string name) =>
        session.Language == Language.Ja && session.Content.Forms is { } forms ? TextTable.OneLine(forms.Label(name, Language.Ja)) : name;

    /// <summary>A value as `show` prints it: a choice by its label in Japanese (本人 for self), anything else as written.</summary>
    private static string FieldValue(DeskSession session, string name, string value) =>
        session.Language == Language.Ja && session.Content.Forms is { } forms ? forms.OptionLabel(name, value, Language.Ja) : value;

    /// <summary>A step's note; for a send, what was sent and what came of it; for an extension, the new date and the reason; for an assignment, to whom.</summary>
    private static string NoteOf(DeskSession session, HistoryEntry entry) => entry switch
    {
        { Send: { } send } => session.Text(DeskText.SendRecorded.Format(send.Channel.Name(), send.Template, send.Attempt, send.Outcome.Name(), send.Detail)),
        { ExtendedTo: { } date } => session.Text(DeskText.ExtendedRecorded.Format(IsoDate.Write(date), entry.Note ?? "")),
        { AssignedTo: { Length: 0 } } => session.Text(DeskText.UnassignedRecorded),
        { AssignedTo: { } name } => session.Text(DeskText.AssignedRecorded.Format(TextTable.OneLine(name))),
        _ => entry.Note ?? "",
    };
}
