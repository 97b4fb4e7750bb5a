using PrivacySite.Content.Model;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Planning;

/// <summary>The model stage's output: every page of the site in both languages, the navigation, and where the forms post.</summary>
public sealed record SitePlan(
    ContentSet Content,
    SiteUrls Urls,
    AssetManifest Assets,
    IReadOnlyList<PlannedPage> Pages,
    IReadOnlyList<(string Slug, IReadOnlyDictionary<Language, string> Labels)> Navigation,
    FormEndpoints Forms)
{
    public IReadOnlyList<NavLink> NavFor(string currentSlug, Language language) =>
        [.. Navigation.Select(n => new NavLink(Urls.Path(n.Slug, language), n.Labels[language], n.Slug == currentSlug))];

    public string AssetHref(string name) => Urls.Asset(Assets[name]);
}
