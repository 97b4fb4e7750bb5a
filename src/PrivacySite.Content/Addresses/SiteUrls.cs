using PrivacySite.Content.Formats;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Addresses;

/// <summary>
/// Turns a page slug and language into its output file, its site path and its absolute URL.
/// Japanese lives at /&lt;slug&gt;/, English at /en/&lt;slug&gt;/; the slug "index" is the home page.
/// </summary>
public sealed class SiteUrls
{
    public const string HomeSlug = Content.Markdown.PageLinks.HomeSlug;

    private readonly Uri _base;
    private readonly bool _absoluteLinks;

    /// <param name="absoluteLinks">Links and assets as absolute URLs, for pages served from another origin (the intake service).</param>
    public SiteUrls(string baseUrl, bool absoluteLinks = false)
    {
        _absoluteLinks = absoluteLinks;
        _base = Parse(baseUrl) ?? throw new ArgumentException($"the base URL '{baseUrl}' is not a plain https URL", nameof(baseUrl));
    }

    /// <summary>The URLs under a base URL, or null when it is not a plain https URL (the content's format check reports that).</summary>
    public static SiteUrls? TryCreate(string baseUrl) => Parse(baseUrl) is null ? null : new SiteUrls(baseUrl);

    /// <summary>The base URL's path, "/" at the root of a host.</summary>
    public string BasePath => _base.AbsolutePath;

    public string Relative(string slug, Language language) =>
        language.PathPrefix() + (slug == HomeSlug ? "" : slug + "/");

    /// <summary>The root-relative link used inside pages.</summary>
    public string Path(string slug, Language language) => _absoluteLinks ? Absolute(slug, language) : BasePath + Relative(slug, language);

    public string Absolute(string slug, Language language) => new Uri(_base, Relative(slug, language)).AbsoluteUri;

    public string AbsoluteFile(string relativeFile) => new Uri(_base, relativeFile).AbsoluteUri;

    public string Asset(string name) => File("assets/" + name);

    /// <summary>The link to a file the site publishes as it is (an asset, the postcode data), relative to the site's root.</summary>
    public string File(string relativeFile) => _absoluteLinks ? AbsoluteFile(relativeFile) : BasePath + relativeFile;

    /// <summary>The scheme, host and port of the site, as CORS and CSP name it.</summary>
    public string Origin => _base.GetLeftPart(UriPartial.Authority);

    private static Uri? Parse(string baseUrl) =>
        WebAddress.Site(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");

    /// <summary>The output file of a page, relative to the output folder, with forward slashes.</summary>
    public string OutputFile(string slug, Language language) => Relative(slug, language) + "index.html";
}
