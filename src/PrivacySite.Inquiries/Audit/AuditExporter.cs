using System.Text;
using PrivacySite.Content.Model.Calendar;
using PrivacySite.Inquiries.Export;

namespace PrivacySite.Inquiries.Audit;

/// <summary>Writes the audit trail as CSV (UTF-8 with a byte order mark, for Excel): when (Japan time), who, what, which references.</summary>
public static class AuditExporter
{
    public static void WriteCsv(IEnumerable<AuditRecord> records, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        writer.Write(CsvText.Row(["at_jst", "actor", "action", "references"]));
        foreach (var record in records)
        {
            writer.Write(CsvText.Row([ExportRow.Time(JapanTime.From(record.At)), record.Actor, record.Action.Name(), string.Join(' ', record.References)]));
        }
    }
}
