using System.CommandLine;
using System.Globalization;
using PrivacySite.Cli.Console;
using PrivacySite.Inquiries.Audit;
using PrivacySite.Inquiries.Documents;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Cli.Commands.Inquiries;

/// <summary>
/// <c>privacysite inquiries documents REF [--save FOLDER]</c>: the identity documents sent with a request; with --save,
/// each is written into the folder (readable by its owner alone) as REF-N.type, and each opening is in the audit trail.
/// </summary>
internal static class DocumentsCommand
{
    public static Command Create(Option<string> lang)
    {
        var reference = DeskSession.ReferenceArgument();
        var save = new Option<string?>("--save") { Description = "Write the documents into this folder (each opening is recorded in the audit trail).", HelpName = "FOLDER" };
        var actor = DeskSession.ActorOption();
        var command = new Command("documents", "List the identity documents sent with a request, or save them to open them.") { reference, save, actor };
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

            var documents = session.Settings.OpenDocuments();
            var listed = DocumentSetId.TryParse(record.DocumentSet, out var set) ? await documents.ListAsync(set.Value, ct) : [];
            if (listed.Count == 0)
            {
                session.Output.WriteLine(session.Text(DeskText.NoDocuments.Format(number.Value)));
                return 0;
            }

            TextTable.Write(session.Output, [session.Text(DeskText.Document), session.Text(DeskText.DocumentType), session.Text(DeskText.DocumentSize)],
                listed.Select(d => (IReadOnlyList<string>)[d.Name.Value, d.Name.ContentType, d.Length.ToString(CultureInfo.InvariantCulture)]));
            if (parse.GetValue(save) is not { } folder)
            {
                return 0;
            }

            if (!Directory.Exists(folder))
            {
                return session.Fail(DeskText.NotAFolder.Format(TextTable.OneLine(folder)));
            }

            var audit = session.Settings.OpenAuditTrail();
            foreach (var document in listed)
            {
                var path = Path.Combine(Path.GetFullPath(folder), $"{number.Value}-{document.Name.Value}");
                if (File.Exists(path))
                {
                    return session.Fail(DeskText.DocumentExists.Format(path));
                }

                await audit.AppendAsync(AuditRecord.Of(DateTimeOffset.UtcNow, DeskSession.ActorOf(parse, actor), AuditAction.OpenedDocument, [number]), ct);
                await using var source = await documents.OpenAsync(set!.Value, document.Name, ct);
                await using var target = PrivateFiles.CreateNew(path);
                await source!.CopyToAsync(target, ct);
                session.Output.WriteLine(session.Text(DeskText.DocumentSaved.Format(path)));
            }

            return 0;
        });
        return command;
    }
}
