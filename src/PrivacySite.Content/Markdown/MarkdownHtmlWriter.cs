using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Markdown;

/// <summary>
/// Writes a parsed page as HTML, leaving a gap where each link to another page has its
/// address (<see cref="MarkdownHtml"/>): which address that is depends on the language and base
/// URL the site is built for, which the render stage knows.
/// </summary>
internal sealed class MarkdownHtmlWriter
{
    // Setting a renderer up costs about as much as writing a page with it, so each thread keeps one.
    [ThreadStatic]
    private static MarkdownHtmlWriter? _forThisThread;

    private readonly MarkdownPipeline _pipeline;
    private readonly StringWriter _writer = new();
    private readonly ReusableHtmlRenderer _renderer;
    private List<string> _parts = [];
    private List<string> _pageLinks = [];

    private MarkdownHtmlWriter(MarkdownPipeline pipeline)
    {
        _pipeline = pipeline;
        _renderer = new ReusableHtmlRenderer(_writer);
        pipeline.Setup(_renderer);

        // Raw HTML is shown as text, never passed through, whatever the checks said.
        _renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        _renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        _renderer.LinkRewriter = LeaveGapForPageLink;
    }

    public static MarkdownHtml Write(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        var writer = _forThisThread?._pipeline == pipeline ? _forThisThread : _forThisThread = new MarkdownHtmlWriter(pipeline);
        return writer.Write(document);
    }

    private MarkdownHtml Write(MarkdownDocument document)
    {
        _parts = [];
        _pageLinks = [];
        _renderer.Clear();
        _renderer.Render(document);
        _parts.Add(_writer.ToString());
        return new MarkdownHtml(_parts, _pageLinks);
    }

    /// <summary>Called as each address is written: what is written so far becomes a part, and a page link waits.</summary>
    private string LeaveGapForPageLink(string url)
    {
        if (!PageLinks.TryParse(url, out _, out _))
        {
            return url;
        }

        _parts.Add(_writer.ToString());
        _writer.GetStringBuilder().Clear();
        _pageLinks.Add(url);
        return "";
    }

    private sealed class ReusableHtmlRenderer(StringWriter writer) : HtmlRenderer(writer)
    {
        /// <summary>Empties the writer and forgets the last page's indents and line state.</summary>
        public void Clear() => Reset();
    }

    private sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj) => renderer.WriteLeafRawLines(obj, true, true);
    }

    private sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj) => renderer.WriteEscape(obj.Tag);
    }
}
