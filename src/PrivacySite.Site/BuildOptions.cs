namespace PrivacySite.Site;

/// <summary>What to build from where: the content folder, the output folder, the theme's assets.</summary>
/// <param name="Clock">What "today" is for the content's date checks; the system clock when null.</param>
public sealed record BuildOptions(string ContentRoot, string OutputRoot, string ThemeAssets, string? BaseUrl = null, TimeProvider? Clock = null);
