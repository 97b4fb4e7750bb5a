namespace PrivacySite.Theme.ViewModels;

public sealed record NavLink(string Href, string Label, bool Current);
