namespace PrivacySite.Theme.ViewModels;

/// <summary>A start button near the top of a page, leading to one of the forms.</summary>
public sealed record StartLink(string Href, string Label);
