using System.Text.Json;
using PrivacySite.Cli.Serving;
using PrivacySite.Site;
using PrivacySite.Site.Accessibility;

namespace PrivacySite.BrowserTests.Site;

/// <summary>
/// The accessibility statement is fed by this suite: axe-core (desktop and phone) and the Nu Html Checker run
/// over every page of the sample site, their results are written to artifacts/accessibility-results.json with
/// the fingerprint of the sources checked, and a build of those same sources publishes them, worded as WAIC
/// requires for what automated checks allow (配慮); a build of other sources does not.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityStatementTests(SiteFixture site)
{
    private static string ResultsFile => Path.Combine(RepoPaths.Root, "artifacts", AccessibilityResults.FileName);

    [Fact]
    public async Task Every_page_s_checks_are_recorded_for_the_statement_which_publishes_them_only_for_the_same_sources()
    {
        var results = await CheckEveryPageAsync();
        results.Write(ResultsFile);
        Assert.True(results.AllPassed, string.Join("\n", results.Pages.Where(p => !p.Passed)));
        Assert.Contains(results.Pages, p => p.Path == "/accessibility/");

        using var folder = new TempFolder();
        var current = await BuildAsync(folder.Combine("current"), ResultsFile);
        var stale = folder.Combine("stale.json");
        (results with { SourceFingerprint = new string('0', 64) }).Write(stale);
        var other = await BuildAsync(folder.Combine("stale"), stale);

        foreach (var language in Languages.All)
        {
            var text = SampleContent.Content.Strings[language].Values;
            var page = await File.ReadAllTextAsync(Path.Combine(current, StatementFile(language)));
            Assert.Contains(text["accessibility.level_considered"], page);
            Assert.Contains(Html(text["accessibility.automated_only"]), page);
            var paths = results.Pages.Select(p => p.Path).Where(p => p.StartsWith("/en/", StringComparison.Ordinal) == (language == Language.En) && !p.StartsWith("/404", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(paths);
            Assert.All(paths, p => Assert.Contains($">{p}</a>", page));
            Assert.Contains(results.TestedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page);

            var outdated = await File.ReadAllTextAsync(Path.Combine(other, StatementFile(language)));
            Assert.Contains(text["accessibility.level_considered"], outdated);
            Assert.Contains(text["accessibility.not_current"], outdated);
            Assert.DoesNotContain("<table", outdated);
        }

        // The statement with its table passes the same checks.
        await using var app = LocalSiteApp.Create(current, port: 0);
        await app.StartAsync();
        var statementPaths = Languages.All.Select(l => "/" + StatementFile(l)[..^"index.html".Length]).ToList();
        Assert.Empty(await AxeSweep.ViolationsAsync(site.Browser, app.Address(), statementPaths, "statement"));
        Assert.Empty(await site.HtmlChecker.ErrorsAsync(Languages.All.ToDictionary(StatementFile, l => File.ReadAllText(Path.Combine(current, StatementFile(l))))));
    }

    [Fact]
    public void A_claim_of_conformance_needs_a_full_test_of_these_sources()
    {
        var pages = new[] { new PageResult("/", 0, 0) };
        var passing = new AccessibilityResults("f", new DateOnly(2026, 12, 1), ["axe-core"], FullTest: true, pages);
        var failing = passing with { Pages = [new PageResult("/", 1, 0)] };

        Assert.Equal(ConformanceClaim.Conforms, AccessibilityStatement.For(passing, "f").Claim);
        Assert.Equal(ConformanceClaim.PartiallyConforms, AccessibilityStatement.For(failing, "f").Claim);
        Assert.Equal(ConformanceClaim.Considered, AccessibilityStatement.For(passing with { FullTest = false }, "f").Claim);
        Assert.Equal(ConformanceClaim.Considered, AccessibilityStatement.For(passing, "other sources").Claim);
        Assert.Null(AccessibilityStatement.For(passing, "other sources").Results);
        Assert.Equal(ConformanceClaim.Considered, AccessibilityStatement.For(null, "f").Claim);
    }

    [Fact]
    public void The_fingerprint_changes_with_any_source_and_not_with_where_the_sources_lie()
    {
        using var folder = new TempFolder();
        var copy = folder.Combine("content");
        TestFiles.CopyFolder(RepoPaths.SampleSociety, copy);
        var original = SourceFingerprint.Of(RepoPaths.SampleSociety, RepoPaths.ThemeAssets);

        Assert.Equal(original, SourceFingerprint.Of(copy, RepoPaths.ThemeAssets));
        File.AppendAllText(Path.Combine(copy, "pages", "accessibility.ja.md"), "\n追記\n");
        Assert.NotEqual(original, SourceFingerprint.Of(copy, RepoPaths.ThemeAssets));
    }

    private async Task<AccessibilityResults> CheckEveryPageAsync()
    {
        var paths = site.PagePaths();
        var violations = await AxeSweep.ViolationsAsync(site.Browser, site.BaseUrl, paths, "page");
        var errors = await site.HtmlChecker.ErrorsAsync(paths.ToDictionary(p => p, p => File.ReadAllText(Path.Combine(site.OutputRoot, OutputFile(p)))));
        using var tools = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "tools", "package.json")));
        var versions = tools.RootElement.GetProperty("dependencies");
        return new AccessibilityResults(
            SourceFingerprint.Of(RepoPaths.SampleSociety, RepoPaths.ThemeAssets),
            DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)),
            [$"axe-core {versions.GetProperty("axe-core").GetString()} (WCAG 2.x A, AA; 1280 px and 360 px)", $"Nu Html Checker (vnu-jar {versions.GetProperty("vnu-jar").GetString()})", "Chromium"],
            FullTest: false,
            [.. paths.Select(p => new PageResult(p, violations.Count(v => v.StartsWith(p + " @", StringComparison.Ordinal)), errors.Count(e => e.StartsWith(p + ":", StringComparison.Ordinal))))]);
    }

    private static async Task<string> BuildAsync(string output, string results)
    {
        var built = await SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.SampleSociety, output, RepoPaths.ThemeAssets, "https://privacy.example.org/",
            NoticeHistory: false, AccessibilityResults: results));
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics.Select(d => d.Format())));
        return output;
    }

    private static string OutputFile(string path) => path.EndsWith('/') ? path.TrimStart('/') + "index.html" : path.TrimStart('/');

    private static string StatementFile(Language language) => (language == Language.En ? "en/" : "") + AccessibilityPage.Slug + "/index.html";

    private static string Html(string text) => System.Net.WebUtility.HtmlEncode(text).Replace("&#39;", "'", StringComparison.Ordinal);
}
