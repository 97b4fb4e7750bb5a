using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Content.Validation.Markdown;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Checks every page's Markdown, as parsed when it loaded with the renderer's own extensions,
/// so anchors match the site: no raw HTML, no reference link without its definition, and every link leads somewhere.
/// </summary>
/// Links to the notice's pages are checked against the ids its model declares (<see cref="NoticeAnchors"/>).
internal sealed class MarkdownRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var index = new PageIndex(content, NoticeAnchors.Pages(content));
        var links = new LinkChecker(index, BasePath(content.Settings.BaseUrl), diagnostics);

        // A section the society added in Markdown is checked as a page, at its notice page's address.
        var sections = content.Notice.Extras.Where(e => e.Section is MarkdownSection)
            .SelectMany(e => Languages.All.Select(l => (e.Slug, Page: ((MarkdownSection)e.Section)[l]))).ToList();

        // An untranslated English page shows the Japanese text, whose HTML is checked once, as the Japanese page.
        foreach (var page in content.Pages.Where(p => !(p.Language == Language.En && p.FrontMatter.Untranslated == true)).Concat(sections.Select(s => s.Page)))
        {
            RawHtmlFinder.Check(page, diagnostics);
            foreach (var reference in page.Markdown.UndefinedReferences)
            {
                diagnostics.Add(DiagnosticDescriptors.UndefinedReference, reference.At, reference.Text, reference.Label);
            }
        }

        content.Pages.AsParallel().ForAll(page =>
        {
            if (index.Shown(page.Slug, page.Language) is { } shown)
            {
                links.Check(shown, page.Slug, page.Language);
            }
        });
        foreach (var (slug, page) in sections)
        {
            links.Check(page, slug, page.Language);
        }
    }

    /// <summary>The path the site is published under, "/" at the root of a host; a bad base URL is reported by the format check.</summary>
    private static string BasePath(string baseUrl) =>
        WebAddress.Site(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/")?.AbsolutePath ?? "/";
}
