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
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? safe
            : new StringBuilder(safe.Length + 2).Append('"').Append(safe.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
