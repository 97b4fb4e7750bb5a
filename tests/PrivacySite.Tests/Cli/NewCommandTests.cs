using System.Text.RegularExpressions;

namespace PrivacySite.Tests.Cli;

/// <summary>
/// `privacysite new DIR`: a new society's content in which every fact is a visible blank; `check` finds an
/// error at each blank and nowhere else, and `build` publishes nothing until every blank is filled.
/// </summary>
public sealed partial class NewCommandTests
{
    private static readonly Dictionary<string, string?> Local = new() { ["GITHUB_ACTIONS"] = null };

    [Fact]
    public async Task Every_error_check_finds_in_a_new_society_is_on_a_line_that_holds_a_blank_and_the_build_publishes_nothing()
    {
        using var folder = new TempFolder();
        var (exit, stdout, stderr) = await CliProcess.RunAsync(folder.Path, Local, "new", "society", "--wording-from", RepoPaths.SampleSociety);
        Assert.True(exit == 0, stderr);
        Assert.Contains("TODO:", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("society", "notice", "consignees.yaml")));

        (exit, stdout, _) = await CliProcess.RunAsync(folder.Path, Local, "check", "--content", "society");
        Assert.Equal(1, exit);
        var errors = ErrorLine().Matches(stdout).ToList();
        Assert.True(errors.Count > 40, stdout);
        Assert.Contains(errors, e => e.Groups["code"].Value == "PS0013" && e.Groups["file"].Value == "site.yaml");
        Assert.Contains(errors, e => e.Groups["code"].Value == "PS0013" && e.Groups["file"].Value == "notice/requests.yaml");
        foreach (var error in errors)
        {
            var line = File.ReadLines(folder.Combine("society", error.Groups["file"].Value)).ElementAt(int.Parse(error.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1);
            Assert.True(line.Contains("TODO:", StringComparison.Ordinal), $"an error away from any blank: {error.Value}");
        }

        (exit, _, _) = await CliProcess.RunAsync(folder.Path, Local, "build", "--content", "society", "--output", "out");
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Fact]
    public async Task A_filled_blank_is_no_longer_reported()
    {
        using var folder = new TempFolder();
        await CliProcess.RunAsync(folder.Path, Local, "new", "society", "--wording-from", RepoPaths.SampleSociety);
        var site = folder.Combine("society", "site.yaml");
        var before = (await CliProcess.RunAsync(folder.Path, Local, "check", "--content", "society")).Stdout;
        Assert.Contains("site.yaml:4:", before, StringComparison.Ordinal);

        var lines = File.ReadAllLines(site);
        lines[3] = "    ja: 見本第三健康保険組合";
        File.WriteAllLines(site, lines);

        var after = (await CliProcess.RunAsync(folder.Path, Local, "check", "--content", "society")).Stdout;
        Assert.DoesNotContain("site.yaml:4:", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_never_writes_into_a_folder_that_holds_files()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("content"));
        File.WriteAllText(folder.Combine("content", "site.yaml"), "mine");

        var (exit, stdout, stderr) = await CliProcess.RunAsync(folder.Path, Local, "new", "content", "--wording-from", RepoPaths.SampleSociety);

        Assert.Equal(1, exit);
        Assert.Contains("already holds files", stderr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(folder.Combine("content", "site.yaml")));
        Assert.Single(Directory.GetFiles(folder.Combine("content")));
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_standard_wording_to_copy_it_says_what_is_missing_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var (exit, _, stderr) = await CliProcess.RunAsync(folder.Path, Local, "new", "society", "--wording-from", folder.Combine("nowhere"));

        Assert.Equal(1, exit);
        Assert.Contains("forms/fields.yaml", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("society")));
    }

    [GeneratedRegex(@"^(?:\.\./)*.*?society/(?<file>[^:]+):(?<line>\d+):\d+: error (?<code>PS\d{4})", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
