using System.Globalization;
using System.Text;

namespace PrivacySite.Cli.Console;

/// <summary>
/// Prints rows in aligned columns for a terminal, counting Japanese (full-width) characters as two
/// columns wide, as terminals draw them. Control characters a stored value might carry are shown
/// as '?' so they cannot move the cursor or recolour the screen.
/// </summary>
internal static class TextTable
{
    private const string Gap = "  ";

    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string indent = "")
    {
        var all = new List<IReadOnlyList<string>> { headers };
        all.AddRange(rows.Select(r => (IReadOnlyList<string>)[.. r.Select(OneLine)]));
        var widths = headers.Select((_, column) => all.Max(r => Width(r[column]))).ToArray();
        foreach (var row in all)
        {
            var line = new StringBuilder(indent);
            for (var column = 0; column < row.Count; column++)
            {
                line.Append(row[column]);
                if (column < row.Count - 1)
                {
                    line.Append(' ', widths[column] - Width(row[column])).Append(Gap);
                }
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    /// <summary>A value made safe to print: control characters other than line breaks replaced.</summary>
    public static string Safe(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) && c is not '\n' ? '?' : c));

    /// <summary>A value on one line, for a table cell: line breaks become " / ".</summary>
    public static string OneLine(string value) =>
        Safe(value.ReplaceLineEndings("\n")).Replace("\n", " / ", StringComparison.Ordinal);

    /// <summary>The columns a terminal uses for <paramref name="text"/>: East Asian wide and full-width characters take two, combining marks none.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            width += category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format ? 0
                : IsWide(rune.Value) ? 2
                : 1;
        }

        return width;
    }

    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1F64F)
            or (>= 0x1F900 and <= 0x1F9FF) or (>= 0x20000 and <= 0x3FFFD);
}
