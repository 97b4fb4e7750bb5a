using System.Text;

namespace PrivacySite.Inquiries.Export;

/// <summary>
/// CSV as RFC 4180 writes it (comma-separated, CRLF line ends, a cell with a comma, quote or line
/// break in double quotes with quotes doubled), with every cell that a spreadsheet would run as a
/// formula (starting with =, +, -, @, tab or carriage return) made plain text by a leading apostrophe. A member's value that
/// Excel would turn into a number or a date (digits and hyphens, such as 0312345678 or 100-0001) keeps its leading zeros:
/// <see cref="TextCell"/> writes it after a tab, which Excel keeps as text. Never <c>="0312345678"</c>, which is a formula.
/// </summary>
public static class CsvText
{
    private const string LineEnd = "\r\n";

    public static string Row(IEnumerable<string> cells) => Line(cells.Select(Cell));

    /// <summary>A row of cells already written by <see cref="Cell"/> or <see cref="TextCell"/>.</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(',', cells) + LineEnd;

    /// <summary>A cell of what a member wrote: as <see cref="Cell"/>, with digits and hyphens kept as text after a tab.</summary>
    public static string TextCell(string value) => LooksLikeNumber(value) ? "\t" + value : Cell(value);

    public static string Cell(string value)
    {
        var safe = StartsLikeFormula(value) ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? safe
            : new StringBuilder(safe.Length + 2).Append('"').Append(safe.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }

    /// <summary>
    /// Only ASCII digits and hyphens, with a digit first: what Excel reads as a number (dropping leading zeros) or a date.
    /// One starting with a hyphen is left to the formula rule.
    /// </summary>
    private static bool LooksLikeNumber(string value) => value.Length > 0 && char.IsAsciiDigit(value[0]) && value.All(c => char.IsAsciiDigit(c) || c == '-');

    /// <summary>
    /// The first character, or its compatibility form, is one a formula starts with. The full-width
    /// and small forms (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫) count: free text keeps them as typed, and a Japanese
    /// spreadsheet's input conversion can turn them into the half-width ones.
    /// </summary>
    private static bool StartsLikeFormula(string value) =>
        value.Length > 0 && !char.IsSurrogate(value[0])
        && (value[0] is '\t' or '\r' || value[..1].Normalize(NormalizationForm.FormKC) is ['=' or '+' or '-' or '@', ..]);
}
