using System.Text;

namespace PrivacySite.Inquiries.Export;

/// <summary>
/// CSV as RFC 4180 writes it (comma-separated, CRLF line ends, a cell with a comma, quote or line
/// break in double quotes with quotes doubled), with every cell that a spreadsheet would run as a
/// formula (starting with =, +, -, @, tab or carriage return) made plain text by a leading apostrophe.
/// </summary>
public static class CsvText
{
    private const string LineEnd = "\r\n";

    public static string Row(IEnumerable<string> cells) => string.Join(',', cells.Select(Cell)) + LineEnd;

    public static string Cell(string value)
    {
        var safe = StartsLikeFormula(value) ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? safe
            : new StringBuilder(safe.Length + 2).Append('"').Append(safe.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }

    /// <summary>
    /// The first character, or its compatibility form, is one a formula starts with. The full-width
    /// and small forms (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫) count: free text keeps them as typed, and a Japanese
    /// spreadsheet's input conversion can turn them into the half-width ones.
    /// </summary>
    private static bool StartsLikeFormula(string value) =>
        value.Length > 0 && !char.IsSurrogate(value[0])
        && (value[0] is '\t' or '\r' || value[..1].Normalize(NormalizationForm.FormKC) is ['=' or '+' or '-' or '@', ..]);
}
