using System.CommandLine;
using System.Globalization;
using PrivacySite.Cli.Console;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Inquiries.Export;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Cli.Commands.Inquiries;

/// <summary>
/// <c>privacysite inquiries export [--from DATE] [--to DATE] --format csv|json [--output FILE]</c>:
/// the inquiries received in a period (Japan dates, both ends included), to a file or standard output; with --lang ja the CSV's
/// headers, kinds and statuses are in Japanese (<see cref="CsvLabels"/>).
/// A file is written whole or not at all, readable only by its owner.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(Option<string> lang)
    {
        var from = new Option<string?>("--from") { Description = "First day received (YYYY-MM-DD, Japan time).", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "Last day received (YYYY-MM-DD, Japan time).", HelpName = "DATE" };
        var format = new Option<string>("--format") { Description = "csv (UTF-8 with BOM, opens in Excel) or json.", Required = true, HelpName = "csv|json" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string?>("--output") { Description = "The file to write (default: standard output).", HelpName = "FILE" };
        var command = new Command("export", "Export inquiries with every field and their history, as CSV or JSON.") { from, to, format, output };
        DeskSession.SetAction(command, lang, async (parse, session, ct) =>
        {
            if (!session.TryDay(parse.GetValue(from), out var first) || !session.TryDay(parse.GetValue(to), out var last))
            {
                return 1;
            }

            var query = new InquiryQuery(
                ReceivedFrom: first is { } f ? JapanTime.StartOf(f) : null,
                ReceivedBefore: last is { } l ? JapanTime.StartOf(l.AddDays(1)) : null);
            var rows = (await session.Desk.ListAsync(query, ct)).OrderBy(r => r.ReceivedAt).Select(ExportRow.From).ToList();
            var labels = session.Content.Csv(session.Language);
            Action<IEnumerable<ExportRow>, Stream> write = parse.GetValue(format) == "json" ? InquiryExporter.WriteJson : (all, stream) => InquiryExporter.WriteCsv(all, stream, labels);

            if (parse.GetValue(output) is not { } file)
            {
                using var stdout = System.Console.OpenStandardOutput();
                write(rows, stdout);
                return 0;
            }

            WriteWhole(Path.GetFullPath(file), stream => write(rows, stream));
            session.Error.WriteLine(session.Text(DeskText.Exported.Format(rows.Count, file)));
            return 0;
        });
        return command;
    }

    /// <summary>Writes beside the target and renames into place, so a failure never leaves half a file of personal data.</summary>
    private static void WriteWhole(string path, Action<Stream> write)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = PrivateFiles.CreateNew(temp))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
