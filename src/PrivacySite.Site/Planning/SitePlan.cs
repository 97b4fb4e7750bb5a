using PrivacySite.Content.Addresses;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;
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

    /// <summary>The society turned the postcode lookup on and the site has forms that post: the data is published and the forms' script told where.</summary>
    public bool ServesPostcodes => Content.Settings.PostcodeLookup && !Forms.Disabled && FormAddresses.Offered(Content);

    /// <summary>Where the postcode data is published (a file per first three digits: <c>100.json</c>…).</summary>
    public string PostcodesHref => Urls.File(PostcodeData.FolderName + "/");
}
