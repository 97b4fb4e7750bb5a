using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Theme.Layout;

/// <summary>
/// The site menu: every Markdown page present in both languages and every notice page that asked
/// for a place (nav_order), by that order. The site's pages and the intake service's pages show the same menu.
/// </summary>
public static class SiteNavigation
{
    public static IReadOnlyList<NavEntry> Of(ContentSet content)
    {
        var markdown = content.Pages
            .Where(p => p.FrontMatter.NavOrder is not null)
            .GroupBy(p => p.Slug)
            .Where(g => g.Count() == Languages.All.Count)
            .Select(g => new NavEntry(g.Key, g.Min(p => p.FrontMatter.NavOrder!.Value), g.ToDictionary(p => p.Language, p => p.FrontMatter.Title)));

        var notice = NoticeSection.AllOf(content)
            .Select(s => (s.Slug, s.Page))
            .Prepend((Slug: NoticePages.FullNoticeSlug, content.Notice.FullNotice.Page))
            .Where(p => p.Page.NavOrder is not null)
            .Select(p => new NavEntry(p.Slug, p.Page.NavOrder!.Value, Languages.All.ToDictionary(l => l, l => p.Page.Title[l])));

        return [.. markdown.Concat(notice).OrderBy(n => n.Order).ThenBy(n => n.Slug, StringComparer.Ordinal)];
    }
}
