using System.Text;
using System.Text.Json;

namespace PrivacySite.Inquiries.Export;

/// <summary>
/// Writes inquiries as CSV (UTF-8 with a byte order mark, so Excel reads Japanese correctly; headers, kinds and statuses as
/// <see cref="CsvLabels"/> say; what members wrote through <see cref="CsvText.TextCell"/>) or JSON. The command line and the browser desk both write with it.
/// </summary>
public static class InquiryExporter
{
    public static void WriteCsv(IEnumerable<ExportRow> rows, Stream output, CsvLabels labels)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        writer.Write(CsvText.Row(labels.Header()));
        foreach (var row in rows)
        {
            IEnumerable<string> ours =
            [
                row.Reference, labels.Kind(row.Kind), labels.Status(row.Status), row.Language,
                ExportRow.Time(row.ReceivedAt), ExportRow.Date(row.DueOn), row.ClosedAt is { } closed ? ExportRow.Time(closed) : "",
            ];
            var members = ExportRow.FieldNames.Select(name => string.Join("; ", row.Values.GetValueOrDefault(name) ?? []));
            var history = string.Join("\n", row.History.Select(h => HistoryLine(h, labels)));
            writer.Write(CsvText.Line([.. ours.Select(CsvText.Cell), .. members.Select(CsvText.TextCell), CsvText.Cell(history)]));
        }
    }

    /// <summary>A JSON array of the rows: snake_case names, times with their +09:00 offset.</summary>
    public static void WriteJson(IEnumerable<ExportRow> rows, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = Storage.InquiryJson.Options.Encoder });
        JsonSerializer.Serialize(writer, rows.ToList(), Storage.InquiryJson.Options);
    }

    private static string HistoryLine(ExportHistoryEntry entry, CsvLabels labels)
    {
        var line = $"{ExportRow.Time(entry.At)} {labels.Status(entry.Status)}";
        line += entry.Actor is null ? "" : $" ({entry.Actor})";
        return entry.Note is null ? line : $"{line}: {entry.Note}";
    }
}
