using System.Security.Cryptography;
using System.Text;

namespace PrivacySite.Site.Accessibility;

/// <summary>
/// A SHA-256 over everything the built pages are made from: every file of the content folder, the theme's
/// assets, and (in a checkout) the theme's components beside them, by path relative to each root and content.
/// The same sources give the same fingerprint wherever they lie, so results the suite recorded for its copy
/// of the content match a build of identical content, and any change makes them stale.
/// </summary>
public static class SourceFingerprint
{
    private static readonly string[] ThemeSources = [".razor", ".cs", ".css", ".js", ".svg"];

    public static string Of(string contentRoot, string themeAssets)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "content", contentRoot, static _ => true);
        var theme = Path.GetDirectoryName(Path.GetFullPath(themeAssets).TrimEnd(Path.DirectorySeparatorChar))!;
        Add(hash, "theme", theme, file => ThemeSources.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) && !IsBuildOutput(theme, file));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Add(IncrementalHash hash, string label, string root, Func<string, bool> include)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(include)
            .Select(f => (Relative: Path.GetRelativePath(root, f).Replace('\\', '/'), Full: f))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (relative, full) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{label}/{relative}\n"));
            hash.AppendData(File.ReadAllBytes(full));
            hash.AppendData("\n"u8);
        }
    }

    private static bool IsBuildOutput(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar) is [var first, ..] && first is "bin" or "obj";
}
