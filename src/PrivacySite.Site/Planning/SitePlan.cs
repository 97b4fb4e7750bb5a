using PrivacySite.Content.Addresses;
using PrivacySite.Content.Model;
using PrivacySite.Theme;
using PrivacySite.Theme.Layout;

namespace PrivacySite.Site.Planning;

/// <summary>The model stage's output: every page of the site in both languages, the navigation, and where the forms post.</summary>
public sealed record SitePlan(
    ContentSet Content,
    SiteUrls Urls,
    AssetManifest Assets,
    IReadOnlyList<PlannedPage> Pages,
    IReadOnlyList<NavEntry> Navigation,
    FormEndpoints Forms)
{
    public string AssetHref(string name) => Urls.Asset(Assets[name]);
}
