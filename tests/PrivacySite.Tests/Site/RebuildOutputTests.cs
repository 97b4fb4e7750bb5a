using System.Security.Cryptography;
using PrivacySite.Site;

namespace PrivacySite.Tests.Site;

/// <summary>A rebuild reuses the previous output's files, and publishes exactly what a clean build would.</summary>
public sealed class RebuildOutputTests
{
    [Fact]
    public async Task A_rebuild_after_a_page_is_removed_matches_a_clean_build_byte_for_byte()
    {
        using var content = new ContentCopy();
        content.Write("pages/extra/removed.ja.md", "---\ntitle: 削除されるページ\n---\n削除されます。\n");
        content.Write("pages/extra/removed.en.md", "---\ntitle: A page to be removed\n---\nIt goes.\n");
        var options = new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets);
        Assert.True((await SiteBuilder.BuildAsync(options)).Succeeded);
        Assert.True((await SiteBuilder.BuildAsync(options)).Succeeded);
        Assert.True(File.Exists(Path.Combine(content.OutputRoot, "en", "extra", "removed", "index.html")));

        // The third build writes into the first build's folder, which still has the page.
        content.Delete("pages/extra/removed.ja.md");
        content.Delete("pages/extra/removed.en.md");
        content.Replace("pages/policy.en.md", "## Compliance with the law", "## Compliance");
        Assert.True((await SiteBuilder.BuildAsync(options)).Succeeded);

        using var clean = new TempFolder();
        Assert.True((await SiteBuilder.BuildAsync(options with { OutputRoot = clean.Path })).Succeeded);
        Assert.Equal(Snapshot(clean.Path), Snapshot(content.OutputRoot));
        Assert.Equal(Folders(clean.Path), Folders(content.OutputRoot));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static List<string> Folders(string root) =>
        [.. Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(root, d)).Order(StringComparer.Ordinal)];
}
