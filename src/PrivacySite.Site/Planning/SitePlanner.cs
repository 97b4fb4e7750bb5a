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
            .ToList();

        var navigation = content.Pages
            .Where(p => p.FrontMatter.NavOrder is not null)
            .GroupBy(p => p.Slug)
            .Where(g => g.Count() == Languages.All.Count)
            .OrderBy(g => g.Min(p => p.FrontMatter.NavOrder))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyDictionary<Language, string>)g.ToDictionary(p => p.Language, p => p.FrontMatter.Title)))
            .ToList();

        return new SitePlan(content, urls, assets, pages, navigation);
    }
}
