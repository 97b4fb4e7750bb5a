using System.Security.Cryptography;

namespace PrivacySite.Theme;

/// <summary>
/// The theme's asset files with content-hashed names (site.css → site.3f2a9c1b7e.css), so the
/// host can cache them for a year and a changed file is always fetched anew.
/// </summary>
public sealed record AssetManifest(string SourceFolder, IReadOnlyDictionary<string, string> HashedNames)
{
    private static readonly string[] Fingerprinted = [".css", ".js"];

    public static AssetManifest Scan(string folder)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var extension = Path.GetExtension(name);
            if (!Fingerprinted.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                names[name] = name;
                continue;
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..10];
            names[name] = $"{name[..^extension.Length]}.{hash}{extension}";
        }

        return new AssetManifest(folder, names);
    }

    /// <summary>The published name of an asset; an unknown name is a theme bug, reported at once.</summary>
    public string this[string name] => HashedNames.TryGetValue(name, out var hashed)
        ? hashed
        : throw new KeyNotFoundException($"the theme has no asset '{name}' in {SourceFolder}");
}
