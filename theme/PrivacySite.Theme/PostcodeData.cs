using System.Text.Json;

namespace PrivacySite.Theme;

/// <summary>
/// The postcode-to-address files the forms look up when a society turns <c>postcode_lookup</c> on: one JSON file per
/// first three digits in <c>postcodes/</c> beside the theme's assets, written by <c>scripts/update-postcodes.sh</c>,
/// published at <c>/postcodes/</c>. <see cref="Source"/> says which package and version they came from and when it was published.
/// </summary>
public static class PostcodeData
{
    /// <summary>The folder's name beside the assets, and the site's path for it.</summary>
    public const string FolderName = "postcodes";

    /// <summary>The data counts as out of date this many months after its publication (check warns).</summary>
    public const int FreshMonths = 6;

    public static PostcodeSource Source { get; } = ReadSource();

    /// <summary>The data files beside <paramref name="themeAssets"/> (the repository's theme, or the copy shipped with the binaries).</summary>
    public static string FolderBeside(string themeAssets) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(themeAssets))!, FolderName);

    private static PostcodeSource ReadSource()
    {
        using var stream = typeof(PostcodeData).Assembly.GetManifestResourceStream("PrivacySite.Theme.postcodes.source.json")
            ?? throw new InvalidOperationException("the theme was built without postcodes/source.json");
        return JsonSerializer.Deserialize<PostcodeSource>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("postcodes/source.json is empty");
    }
}

/// <summary>Where the postcode data came from (postcodes/source.json): the package, its version and licence, and when that version was published.</summary>
public sealed record PostcodeSource(string Package, string Version, string Licence, string Data, DateOnly Published, int Codes, int Files);
