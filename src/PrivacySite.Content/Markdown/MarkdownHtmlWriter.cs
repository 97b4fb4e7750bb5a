using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Markdown;

/// <summary>
/// Writes a parsed page as HTML, leaving a gap where each link to another page has its
/// address (<see cref="MarkdownHtml"/>): which address that is depends on the language and base
/// URL the site is built for, which the render stage knows.
/// </summary>
internal static class MarkdownHtmlWriter
{
    public static MarkdownHtml Write(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        var parts = new List<string>();
        var pageLinks = new List<string>();
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);

        // Raw HTML is shown as text, never passed through, whatever the checks said.
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());

        // Called as each address is written: what is written so far becomes a part, and the page link waits.
        renderer.LinkRewriter = url =>
        {
            if (!PageLinks.TryParse(url, out _, out _))
            {
                return url;
            }

            parts.Add(writer.ToString());
            writer.GetStringBuilder().Clear();
            pageLinks.Add(url);
            return "";
        };
        renderer.Render(document);
        parts.Add(writer.ToString());
        return new MarkdownHtml(parts, pageLinks);
    }

    private sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj) => renderer.WriteLeafRawLines(obj, true, true);
    }

    private sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<Markdig.Syntax.Inlines.HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, Markdig.Syntax.Inlines.HtmlInline obj) => renderer.WriteEscape(obj.Tag);
    }
}
