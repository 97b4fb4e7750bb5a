using PrivacySite.Cli.Serving;
using PrivacySite.Site;

namespace PrivacySite.BrowserTests.Site;

/// <summary>
/// The notice's history pages, built from a throwaway repository revised once (never the project's
/// own history), served with the production headers: the Nu Html Checker and axe-core on every one,
/// and the old text there in Chromium, marked removed and added in words as well as by <c>del</c>/<c>ins</c>.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class NoticeHistoryPageTests(SiteFixture site)
{
    [Fact]
    public async Task The_history_pages_pass_the_Nu_Html_Checker_and_axe_and_show_the_old_text()
    {
        using var repo = RevisedNoticeSample.Create();
        var result = await SiteBuilder.BuildAsync(new BuildOptions(repo.ContentRoot, repo.OutputRoot, RepoPaths.ThemeAssets));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        var pages = Directory.EnumerateFiles(repo.OutputRoot, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(repo.OutputRoot, f).Replace('\\', '/'))
            .Where(f => f.Contains("notice/history/", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(14, pages.Count);

        var errors = await site.HtmlChecker.ErrorsAsync(pages.ToDictionary(p => p, p => File.ReadAllText(Path.Combine(repo.OutputRoot, p))));
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        await using var app = LocalSiteApp.Create(repo.OutputRoot, port: 0);
        await app.StartAsync();
        var failures = await AxeSweep.ViolationsAsync(site.Browser, app.Address(), pages.Select(p => "/" + p[..^"index.html".Length]), "history");
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        await using var reader = await site.Browser.NewContextAsync();
        var revised = await reader.NewPageAsync();
        await revised.GotoAsync(app.Address().TrimEnd('/') + "/en/notice/history/2025-06-01/");
        Assert.Equal(RevisedNoticeSample.OldPurposeEn, await revised.Locator(".changes del").InnerTextAsync());
        Assert.Equal("Removed: " + RevisedNoticeSample.OldPurposeEn, await revised.Locator(".changes__list p").Nth(1).InnerTextAsync());
        await revised.GotoAsync(app.Address().TrimEnd('/') + "/notice/history/2025-04-01/");
        Assert.Contains(RevisedNoticeSample.OldPurpose, await revised.Locator(".history-full").InnerTextAsync(), StringComparison.Ordinal);
    }
}
