using PrivacySite.Theme;

namespace PrivacySite.Cli.Console;

/// <summary>
/// Finds the theme's CSS and other assets: the repository's own folder when run from a checkout
/// (so edits show up in serve at once), otherwise the copy shipped beside the binaries.
/// </summary>
internal static class ThemeAssets
{
    public const string RepositoryFolder = "theme/PrivacySite.Theme/assets";

    public static string Locate() =>
        Directory.Exists(RepositoryFolder)
            ? Path.GetFullPath(RepositoryFolder)
            : ShippedAssets.Folder;
}
