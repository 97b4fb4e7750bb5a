using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// A section the society adds in YAML publishes something: it has parts, each part has paragraphs, a list or a
/// table, a table has columns and rows, and every row one cell per column (a ragged table reads wrong aloud).
/// </summary>
internal sealed class ExtraSectionPartsRule : RecordRule
{
    private static readonly Phrase WriteParts = new(
        "write at least one part with paragraphs, items or a table", "段落（paragraphs）、箇条書き（items）、表（table）のどれかを持つまとまりを1つ以上書いてください");

    private static readonly Phrase WritePart = new(
        "give the part paragraphs, items or a table, or remove it", "このまとまりに段落（paragraphs）、箇条書き（items）、表（table）のどれかを書くか、まとまりを消してください");

    private static readonly Phrase WriteTable = new(
        "a table needs its columns and at least one row", "表には列の見出し（columns）と1行以上の行（rows）が要ります");

    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        if (model is not ExtraSection section)
        {
            return;
        }

        if (section.Parts.Count == 0)
        {
            diagnostics.Add(DiagnosticDescriptors.ExtraSectionEmpty, map["parts"], "parts", WriteParts);
        }

        for (var i = 0; i < section.Parts.Count; i++)
        {
            var part = section.Parts[i];
            var path = $"parts[{i}]";
            if (part.Paragraphs is not { Count: > 0 } && part.Items is not { Count: > 0 } && part.Table is null)
            {
                diagnostics.Add(DiagnosticDescriptors.ExtraSectionEmpty, map[path], path, WritePart);
            }

            if (part.Table is { } table)
            {
                CheckTable(table, path + ".table", map, diagnostics);
            }
        }
    }

    private static void CheckTable(ExtraTable table, string path, SourceMap map, DiagnosticBag diagnostics)
    {
        if (table.Columns.Count == 0 || table.Rows.Count == 0)
        {
            diagnostics.Add(DiagnosticDescriptors.ExtraSectionEmpty, map[path], path, WriteTable);
            return;
        }

        for (var j = 0; j < table.Rows.Count; j++)
        {
            if (table.Rows[j].Cells.Count != table.Columns.Count)
            {
                diagnostics.Add(DiagnosticDescriptors.ExtraTableRowWidth, map[$"{path}.rows[{j}]"], table.Rows[j].Cells.Count, table.Columns.Count);
            }
        }
    }
}
