using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Markdown;

/// <summary>
/// Reports HTML an editor typed into Markdown. The renderer would print it as plain text, so no
/// script can get in, but the page would look broken: the check points at it instead.
/// </summary>
internal static class RawHtmlFinder
{
    private const int SnippetLength = 40;

    public static void Check(MarkdownPage page, DiagnosticBag diagnostics)
    {
        foreach (var html in page.Markdown.RawHtml)
        {
            diagnostics.Add(DiagnosticDescriptors.RawHtml, html.At, Snippet(html.Text));
        }
    }

    private static string Snippet(string html)
    {
        var line = html.Split('\n')[0].Trim();
        return line.Length <= SnippetLength ? line : line[..SnippetLength] + "…";
    }
}
