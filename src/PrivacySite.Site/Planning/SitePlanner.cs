using PrivacySite.Content.Addresses;
using PrivacySite.Content.History;
using PrivacySite.Content.Model;
using PrivacySite.Theme;
using PrivacySite.Theme.Layout;

namespace PrivacySite.Site.Planning;

/// <summary>The model stage: decides which pages exist, in which language, and what the navigation holds.</summary>
public static class SitePlanner
{
    /// <param name="versions">The notice's versions from the git history, for its history pages; null (no history) plans none.</param>
    /// <param name="accessibility">What the accessibility statement says of this build's tests; null leaves the page as written.</param>
    public static SitePlan Plan(ContentSet content, AssetManifest assets, string? baseUrlOverride = null, FormEndpoints? forms = null,
        IReadOnlyList<NoticeVersion>? versions = null, Accessibility.AccessibilityStatement? accessibility = null)
    {
        var urls = new SiteUrls(baseUrlOverride ?? content.Settings.BaseUrl);
        var japanese = content.Pages.Where(p => p.Language == Language.Ja).ToDictionary(p => p.Slug);
        var outdated = new OutdatedEnglish(content);
        var pages = content.Pages.Select(p => Plan(p, japanese) with { TranslationOutdated = outdated.Page(p) })
            .Concat(NoticePlanner.Pages(content).Select(p => p with { TranslationOutdated = outdated.NoticePage(p.Slug, p.Language) }))
            .Concat(FormPlanner.Pages(content))
            .Concat(versions is null ? [] : NoticeHistoryPlanner.Pages(content, versions))
            .ToList();

        return new SitePlan(content, urls, assets, pages, SiteNavigation.Of(content), forms ?? new FormEndpoints(), accessibility);
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
