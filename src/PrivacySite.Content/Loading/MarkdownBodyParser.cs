using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Markdown;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Loading;

/// <summary>
/// Parses a page's Markdown body once, with the site's extensions so anchors match the page, and
/// keeps what later stages need (<see cref="ParsedMarkdown"/>), not the syntax tree, so loading
/// thousands of pages stays light on memory.
/// </summary>
internal static class MarkdownBodyParser
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    public static ParsedMarkdown Parse(string body, string file, int bodyLine)
    {
        var headings = new List<MarkdownHeading>();
        var links = new List<MarkdownLink>();
        var html = new List<MarkdownRawHtml>();
        var undefined = new List<MarkdownUndefinedReference>();

        // Markdig counts from 0 within the body; editors count from 1 within the file.
        SourceLocation At(MarkdownObject node) => new(file, bodyLine + node.Line, node.Column + 1);

        // Some nodes Markdig makes from leftover text have no line of their own, only their offset in the body.
        SourceLocation AtOffset(int offset)
        {
            var lineStart = body.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
            return new(file, bodyLine + body.AsSpan(0, lineStart).Count('\n'), offset - lineStart + 1);
        }

        var document = Markdig.Markdown.Parse(body, Pipeline);
        var pending = new Stack<MarkdownObject>();
        pending.Push(document);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { } id:
                    headings.Add(new MarkdownHeading(id, PlainText(heading.Inline), heading.Level));
                    break;
                case HtmlBlock block:
                    html.Add(new MarkdownRawHtml(block.Lines.ToString(), At(block)));
                    break;

                // An image loads from its address however it is written, so each is checked where it stands.
                case LinkInline { IsImage: true } image:
                    links.Add(new MarkdownLink(image.Url ?? "", true, At(image)));
                    break;

                // A link written as [text][label] is checked once, at its definition.
                case LinkReferenceDefinition definition:
                    links.Add(new MarkdownLink(definition.Url ?? "", false, At(definition)));
                    break;
                case LinkInline { Reference: null } link:
                    links.Add(new MarkdownLink(link.Url ?? "", false, At(link)));
                    break;
                case AutolinkInline autolink:
                    links.Add(new MarkdownLink(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, false, At(autolink)));
                    break;

                // A closing tag belongs to the opening one.
                case HtmlInline inline when !inline.Tag.StartsWith("</", StringComparison.Ordinal):
                    html.Add(new MarkdownRawHtml(inline.Tag, At(inline)));
                    break;
            }

            if (node is LeafBlock { Inline: { } paragraph })
            {
                UndefinedReferences.Find(paragraph, AtOffset, undefined);
            }

            PushChildren(node, pending);
        }

        // The stack visits children last to first; the contents list headings in page order.
        headings.Reverse();
        return new ParsedMarkdown(headings, links, html, undefined, MarkdownHtmlWriter.Write(document, Pipeline));
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

    /// <summary>A heading's words without markup, for the table of contents.</summary>
    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants<LiteralInline>())
        {
            text.Append(child.Content.ToString());
        }

        foreach (var code in inline.Descendants<CodeInline>())
        {
            text.Append(code.Content);
        }

        return text.ToString();
    }
}
