namespace PrivacySite.Content.Model;

/// <summary>content/site.yaml: who publishes the site and where it lives.</summary>
public sealed record SiteSettings(
    Handler Handler,
    string BaseUrl,
    IReadOnlyList<string> Languages);
