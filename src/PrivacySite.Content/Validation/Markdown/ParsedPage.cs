using Markdig.Renderers.Html;
using Markdig.Syntax;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Markdown;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Markdown;

/// <summary>A page's Markdown parsed as the renderer parses it, with the anchors its headings get.</summary>
internal sealed record ParsedPage(MarkdownPage Source, MarkdownDocument Document, IReadOnlySet<string> Anchors)
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.CreateForChecking();

    public static ParsedPage Parse(MarkdownPage page)
    {
        var document = Markdig.Markdown.Parse(page.Body, Pipeline);
        var anchors = document.Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return new ParsedPage(page, document, anchors);
    }

    /// <summary>Markdig counts from 0 within the body; editors count from 1 within the file.</summary>
    public SourceLocation Locate(MarkdownObject node) => new(Source.File, Source.BodyLine + node.Line, node.Column + 1);
}
