namespace PrivacySite.Site;

/// <summary>What to build from where: the content folder, the output folder, the theme's assets.</summary>
public sealed record BuildOptions(string ContentRoot, string OutputRoot, string ThemeAssets, string? BaseUrl = null);
