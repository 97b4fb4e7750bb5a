using System.Text;
using PrivacySite.Content.Markdown;
using PrivacySite.Content.Model;
using PrivacySite.Site.Planning;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Markdown;

/// <summary>
/// Finishes an editor's page, parsed and written as HTML when it loaded, for one language: links
/// to the plan's pages (Markdown and notice alike) get their addresses, and the table of contents
/// lists its h2 and h3 headings. The check refuses a link to any other page before anything is rendered.
/// </summary>
public sealed class MarkdownRenderer(SitePlan plan)
{
    private readonly IReadOnlySet<string> _planned = plan.Pages.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);

    // Markdig's own escaping, so a filled-in address reads as if Markdig had written it.
    private readonly Markdig.Renderers.HtmlRenderer _escaper = new(new StringWriter());

    public RenderedMarkdown Render(ParsedMarkdown markdown, Language language)
    {
        var html = new StringBuilder(markdown.Html.Parts[0]);
        for (var i = 0; i < markdown.Html.PageLinks.Count; i++)
        {
            html.Append(EscapedAddress(markdown.Html.PageLinks[i], language)).Append(markdown.Html.Parts[i + 1]);
        }

        var toc = markdown.Headings
            .Where(h => h.Level is 2 or 3)
            .Select(h => new TocEntry(h.Id, h.Text, h.Level))
            .ToList();
        return new RenderedMarkdown(html.ToString(), toc);
    }

    private string EscapedAddress(string link, Language language)
    {
        var address = PageLinks.TryParse(link, out var slug, out var anchor) && _planned.Contains(slug)
            ? plan.Urls.Path(slug, language) + (anchor is null ? "" : "#" + anchor)
            : link;
        var written = ((StringWriter)_escaper.Writer).GetStringBuilder().Clear();
        _escaper.WriteEscapeUrl(address);
        return written.ToString();
    }
}
