namespace PrivacySite.Theme.ViewModels;

/// <summary>An hreflang alternate: "ja", "en" or "x-default" with an absolute URL.</summary>
public sealed record AlternateLink(string HrefLang, string Href);
