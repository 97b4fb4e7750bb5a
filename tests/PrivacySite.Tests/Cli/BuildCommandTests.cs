using System.Diagnostics;

namespace PrivacySite.Tests.Cli;

/// <summary>The real `privacysite` executable: exit codes and messages as a shell or CI sees them.</summary>
public sealed class BuildCommandTests
{
    [Fact]
    public async Task Build_on_a_missing_content_folder_exits_1_naming_the_path()
    {
        using var folder = new TempFolder();
        var missing = folder.Combine("no-such-content");
        var (exit, stdout, stderr) = await CliProcess.RunAsync(RepoPaths.Root, "build", "--content", missing, "--output", folder.Combine("out"));

        Assert.Equal(1, exit);
        Assert.Contains(missing, stderr, StringComparison.Ordinal);
        Assert.Contains("PS0001", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr + stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Fact]
    public async Task Build_succeeds_and_prints_a_summary_per_language()
    {
        using var folder = new TempFolder();
        var (exit, stdout, stderr) = await CliProcess.RunAsync(RepoPaths.Root, "build", "--content", RepoPaths.SampleSociety, "--output", folder.Combine("out"), "--base-url", "https://example.org/privacy/");

        Assert.True(exit == 0, stderr);
        Assert.Matches(@"Built \d+ pages in Japanese and \d+ in English in \d+\.\d\d s", stdout);
        var home = await File.ReadAllTextAsync(folder.Combine("out", "en", "index.html"));
        Assert.Contains("href=\"https://example.org/privacy/en/\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_a_checkout_the_build_uses_the_theme_assets_shipped_beside_the_executable()
    {
        using var folder = new TempFolder();
        var (exit, _, stderr) = await CliProcess.RunAsync(folder.Path, "build", "--content", RepoPaths.SampleSociety, "--output", folder.Combine("out"));

        Assert.True(exit == 0, stderr);
        var stylesheet = Assert.Single(Directory.GetFiles(folder.Combine("out", "assets"), "site.*.css"));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepoPaths.ThemeAssets, "site.css")), await File.ReadAllTextAsync(stylesheet));
    }

    [Fact]
    public async Task Build_reports_content_mistakes_with_file_line_and_column()
    {
        using var content = new ContentCopy();
        content.Replace("site.yaml", "  representative:", "  representatve:");
        var (exit, _, stderr) = await CliProcess.RunAsync(RepoPaths.Root, "build", "--content", content.Root, "--output", content.OutputRoot);

        Assert.Equal(1, exit);
        Assert.Matches(@"site\.yaml:\d+:\d+: error PS0102: unknown key 'representatve': did you mean 'representative'\?", stderr);
    }
}
