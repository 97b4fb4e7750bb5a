using PrivacySite.Content.Model;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Planning;

/// <summary>The model stage's output: every page of the site in both languages, and the navigation.</summary>
public sealed record SitePlan(
    ContentSet Content,
    SiteUrls Urls,
    AssetManifest Assets,
    IReadOnlyList<PlannedPage> Pages,
    IReadOnlyList<(string Slug, IReadOnlyDictionary<Language, string> Labels)> Navigation)
{
    public IReadOnlyList<NavLink> NavFor(string currentSlug, Language language) =>
        [.. Navigation.Select(n => new NavLink(Urls.Path(n.Slug, language), n.Labels[language], n.Slug == currentSlug))];

    public string AssetHref(string name) => Urls.Asset(Assets[name]);
}
