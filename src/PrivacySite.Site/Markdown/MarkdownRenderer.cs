using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PrivacySite.Content.Markdown;
using PrivacySite.Content.Model;
using PrivacySite.Site.Planning;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Markdown;

/// <summary>
/// Turns an editor's Markdown into HTML for one language, with a table of contents and links
/// to the plan's pages (Markdown and notice alike) resolved to their addresses. The check
/// refuses a link to any other page before anything is rendered.
/// </summary>
public sealed class MarkdownRenderer(SitePlan plan)
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private readonly IReadOnlySet<string> _planned = plan.Pages.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);

    public RenderedMarkdown Render(string markdown, Language language)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (PageLinks.TryParse(link.Url, out var slug, out var anchor) && _planned.Contains(slug))
            {
                link.Url = plan.Urls.Path(slug, language) + (anchor is null ? "" : "#" + anchor);
            }
        }

        var toc = document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3 && h.GetAttributes().Id is not null)
            .Select(h => new TocEntry(h.GetAttributes().Id!, PlainText(h.Inline), h.Level))
            .ToList();

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return new RenderedMarkdown(writer.ToString(), toc);
    }

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
