using System.Globalization;
using System.Text.RegularExpressions;

namespace PrivacySite.Theme.Notice.Parts;

/// <summary>
/// Moves the headings of a Markdown text down, so a section written in Markdown nests under its heading on the full
/// notice as the other sections' parts do. The HTML is Markdig's, where raw HTML is escaped, so every h1–h6 tag is a heading of the text.
/// </summary>
public static partial class MarkdownHeadings
{
    [GeneratedRegex("<(/?)h([1-6])(?=[ >])")]
    private static partial Regex HeadingTag();

    public static string Deeper(string html, int levels) => levels <= 0
        ? html
        : HeadingTag().Replace(html, m => $"<{m.Groups[1].Value}h{Math.Min(6, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + levels).ToString(CultureInfo.InvariantCulture)}");
}
