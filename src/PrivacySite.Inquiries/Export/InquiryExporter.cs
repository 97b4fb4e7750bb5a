using System.Text;
using System.Text.Json;

namespace PrivacySite.Inquiries.Export;

/// <summary>Writes inquiries as CSV (UTF-8 with a byte order mark, so Excel reads Japanese correctly) or JSON.</summary>
public static class InquiryExporter
{
    private static readonly string[] LeadingColumns = ["reference", "kind", "status", "language", "received_at_jst", "due_on", "closed_at_jst"];

    public static void WriteCsv(IEnumerable<ExportRow> rows, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        writer.Write(CsvText.Row([.. LeadingColumns, .. ExportRow.FieldNames, "history"]));
        foreach (var row in rows)
        {
            writer.Write(CsvText.Row(
            [
                row.Reference, row.Kind, row.Status, row.Language,
                ExportRow.Time(row.ReceivedAt), ExportRow.Date(row.DueOn), row.ClosedAt is { } closed ? ExportRow.Time(closed) : "",
                .. ExportRow.FieldNames.Select(name => string.Join("; ", row.Values.GetValueOrDefault(name) ?? [])),
                string.Join("\n", row.History.Select(HistoryLine)),
            ]));
        }
    }

    /// <summary>A JSON array of the rows: snake_case names, times with their +09:00 offset.</summary>
    public static void WriteJson(IEnumerable<ExportRow> rows, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = Storage.InquiryJson.Options.Encoder });
        JsonSerializer.Serialize(writer, rows.ToList(), Storage.InquiryJson.Options);
    }

    private static string HistoryLine(ExportHistoryEntry entry)
    {
        var line = $"{ExportRow.Time(entry.At)} {entry.Status}";
        line += entry.Actor is null ? "" : $" ({entry.Actor})";
        return entry.Note is null ? line : $"{line}: {entry.Note}";
    }
}
