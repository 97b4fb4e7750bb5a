using PrivacySite.Site;

namespace PrivacySite.Tests.Site;

/// <summary>A build that fails at any stage leaves the previous site exactly as it was.</summary>
public sealed class AtomicOutputTests
{
    [Fact]
    public async Task A_build_that_fails_while_rendering_leaves_the_previous_output_intact()
    {
        using var content = new ContentCopy();
        var options = new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets);
        Assert.True((await SiteBuilder.BuildAsync(options)).Succeeded);
        var before = Snapshot(content.OutputRoot);

        // Both languages lose the same chrome string: validation cannot see it, rendering fails midway.
        content.Replace("strings/ja.yaml", "  skip_link: 本文へ移動\n", "");
        content.Replace("strings/en.yaml", "  skip_link: Skip to main content\n", "");
        content.Replace("pages/policy.ja.md", "## 法令等の遵守", "## 法令の遵守");
        var result = await SiteBuilder.BuildAsync(options);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "PS0204" && d.Message(Content.Model.Language.En).Contains("layout.skip_link", StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(content.OutputRoot));
        Assert.Equal([content.OutputRoot], Directory.GetDirectories(Path.GetDirectoryName(content.OutputRoot)!, "output*"));
    }

    [Fact]
    public async Task A_build_with_invalid_content_writes_nothing()
    {
        using var content = new ContentCopy();
        content.Replace("site.yaml", "  representative:", "  representatve:");
        var result = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets));

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(content.OutputRoot));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);
}
