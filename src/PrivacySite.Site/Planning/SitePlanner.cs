using PrivacySite.Content.Model;

namespace PrivacySite.Site.Planning;

/// <summary>The model stage: decides which pages exist, in which language, and what the navigation holds.</summary>
public static class SitePlanner
{
    public static SitePlan Plan(ContentSet content, AssetManifest assets, string? baseUrlOverride = null)
    {
        var urls = new SiteUrls(baseUrlOverride ?? content.Settings.BaseUrl);
        var pages = content.Pages
            .Select(p => new PlannedPage(p.Slug, p.Language, p.FrontMatter.Title, p.FrontMatter.Description, new MarkdownBody(p)))
            .Concat(NoticePlanner.Pages(content))
            .ToList();

        var markdownNavigation = content.Pages
            .Where(p => p.FrontMatter.NavOrder is not null)
            .GroupBy(p => p.Slug)
            .Where(g => g.Count() == Languages.All.Count)
            .Select(g => new NavEntry(g.Key, g.Min(p => p.FrontMatter.NavOrder!.Value), g.ToDictionary(p => p.Language, p => p.FrontMatter.Title)));

        var navigation = markdownNavigation
            .Concat(NoticePlanner.Navigation(content))
            .OrderBy(n => n.Order)
            .ThenBy(n => n.Slug, StringComparer.Ordinal)
            .Select(n => (n.Slug, n.Labels))
            .ToList();

        return new SitePlan(content, urls, assets, pages, navigation);
    }
}
