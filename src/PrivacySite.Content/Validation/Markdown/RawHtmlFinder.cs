using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Content.Validation.Markdown;

/// <summary>
/// Finds HTML an editor typed into Markdown. The renderer would print it as plain text, so no
/// script can get in, but the page would look broken: the check points at it instead.
/// </summary>
internal static class RawHtmlFinder
{
    private const int SnippetLength = 40;

    public static void Check(ParsedPage page, DiagnosticBag diagnostics)
    {
        foreach (var block in page.Document.Descendants<HtmlBlock>())
        {
            diagnostics.Add(DiagnosticDescriptors.RawHtml, page.Locate(block), Snippet(block.Lines.ToString()));
        }

        // A closing tag belongs to the opening one already reported.
        foreach (var inline in page.Document.Descendants<HtmlInline>().Where(h => !h.Tag.StartsWith("</", StringComparison.Ordinal)))
        {
            diagnostics.Add(DiagnosticDescriptors.RawHtml, page.Locate(inline), Snippet(inline.Tag));
        }
    }

    private static string Snippet(string html)
    {
        var line = html.Split('\n')[0].Trim();
        return line.Length <= SnippetLength ? line : line[..SnippetLength] + "…";
    }
}
