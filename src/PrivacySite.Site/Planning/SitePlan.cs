using PrivacySite.Content.Addresses;
using PrivacySite.Content.Model;
using PrivacySite.Theme;
using PrivacySite.Theme.Layout;

namespace PrivacySite.Site.Planning;

/// <summary>
/// The model stage's output: every page of the site in both languages, the navigation, where the forms post,
/// and what the accessibility statement (the page <see cref="Accessibility.AccessibilityPage.Slug"/>, when content has it) says of this build's tests.
/// </summary>
public sealed record SitePlan(
    ContentSet Content,
    SiteUrls Urls,
    AssetManifest Assets,
    IReadOnlyList<PlannedPage> Pages,
    IReadOnlyList<NavEntry> Navigation,
    FormEndpoints Forms,
    Accessibility.AccessibilityStatement? Accessibility = null)
{
    public string AssetHref(string name) => Urls.Asset(Assets[name]);
}
