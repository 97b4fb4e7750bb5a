using PrivacySite.Content.Model;

namespace PrivacySite.Site.Planning;

/// <summary>The model stage: decides which pages exist, in which language, and what the navigation holds.</summary>
public static class SitePlanner
{
    public static SitePlan Plan(ContentSet content, AssetManifest assets, string? baseUrlOverride = null, FormEndpoints? forms = null)
    {
        var urls = new SiteUrls(baseUrlOverride ?? content.Settings.BaseUrl);
        var japanese = content.Pages.Where(p => p.Language == Language.Ja).ToDictionary(p => p.Slug);
        var pages = content.Pages.Select(p => Plan(p, japanese))
            .Concat(NoticePlanner.Pages(content))
            .Concat(FormPlanner.Pages(content))
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

        return new SitePlan(content, urls, assets, pages, navigation, forms ?? new FormEndpoints());
    }

    /// <summary>An English page marked untranslated shows the Japanese text under its own title, with a note.</summary>
    private static PlannedPage Plan(MarkdownPage page, IReadOnlyDictionary<string, MarkdownPage> japanese)
    {
        var front = page.FrontMatter;
        if (page.Language == Language.En && front.Untranslated == true && japanese.TryGetValue(page.Slug, out var original))
        {
            return new PlannedPage(page.Slug, page.Language, front.Title, front.Description ?? original.FrontMatter.Description,
                new MarkdownBody(original), Untranslated: true);
        }

        return new PlannedPage(page.Slug, page.Language, front.Title, front.Description, new MarkdownBody(page));
    }
}
