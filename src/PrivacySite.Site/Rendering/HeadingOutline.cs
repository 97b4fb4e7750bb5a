using System.Net;
using System.Text.RegularExpressions;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Rendering;

/// <summary>
/// Reads the table of contents off a rendered page body: every h2 that has an id. Taking it
/// from the HTML itself means the contents can never list a heading the page does not have.
/// </summary>
internal static partial class HeadingOutline
{
    [GeneratedRegex("<h2 id=\"(?<id>[^\"]+)\">(?<text>.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    public static IReadOnlyList<TocEntry> Read(string html) =>
        [.. Heading().Matches(html).Select(m => new TocEntry(
            WebUtility.HtmlDecode(m.Groups["id"].Value),
            WebUtility.HtmlDecode(Tag().Replace(m.Groups["text"].Value, "")).Trim(),
            2))];
}
