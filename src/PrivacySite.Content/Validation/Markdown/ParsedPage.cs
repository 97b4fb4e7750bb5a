using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Markdown;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Markdown;

/// <summary>A link as written in a page: its target, whether it shows an image, and where it stands.</summary>
internal sealed record MarkdownLink(string Url, bool IsImage, SourceLocation At);

/// <summary>Raw HTML as written in a page: its first line, and where it stands.</summary>
internal sealed record MarkdownHtml(string Text, SourceLocation At);

/// <summary>
/// What the checks need from a page's Markdown, parsed as the renderer parses it: the anchors
/// its headings get, its links and any raw HTML. Only these are kept, not the syntax tree, so
/// checking thousands of pages stays light on memory.
/// </summary>
internal sealed record ParsedPage(MarkdownPage Source, IReadOnlySet<string> Anchors, IReadOnlyList<MarkdownLink> Links, IReadOnlyList<MarkdownHtml> Html)
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.CreateForChecking();

    public static ParsedPage Parse(MarkdownPage page)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<MarkdownLink>();
        var html = new List<MarkdownHtml>();

        // Markdig counts from 0 within the body; editors count from 1 within the file.
        SourceLocation At(MarkdownObject node) => new(page.File, page.BodyLine + node.Line, node.Column + 1);

        var pending = new Stack<MarkdownObject>();
        pending.Push(Markdig.Markdown.Parse(page.Body, Pipeline));
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { } id:
                    anchors.Add(id);
                    break;
                case HtmlBlock block:
                    html.Add(new MarkdownHtml(block.Lines.ToString(), At(block)));
                    break;

                // A link written as [text][label] is checked once, at its definition.
                case LinkReferenceDefinition definition:
                    links.Add(new MarkdownLink(definition.Url ?? "", false, At(definition)));
                    break;
                case LinkInline { Reference: null } link:
                    links.Add(new MarkdownLink(link.Url ?? "", link.IsImage, At(link)));
                    break;
                case AutolinkInline autolink:
                    links.Add(new MarkdownLink(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, false, At(autolink)));
                    break;

                // A closing tag belongs to the opening one.
                case HtmlInline inline when !inline.Tag.StartsWith("</", StringComparison.Ordinal):
                    html.Add(new MarkdownHtml(inline.Tag, At(inline)));
                    break;
            }

            PushChildren(node, pending);
        }

        return new ParsedPage(page, anchors, links, html);
    }

    private static void PushChildren(MarkdownObject node, Stack<MarkdownObject> pending)
    {
        switch (node)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    pending.Push(child);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                pending.Push(inline);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    pending.Push(child);
                }

                break;
        }
    }
}
