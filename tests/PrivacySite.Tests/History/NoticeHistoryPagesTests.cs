using AngleSharp.Html.Parser;
using PrivacySite.Site;

namespace PrivacySite.Tests.History;

/// <summary>The built notice history of a throwaway repository revised once: the list, each version as it stood, and the comparison.</summary>
public sealed class NoticeHistoryPagesTests : IAsyncLifetime
{
    private static readonly FixedClock Today = new(new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.FromHours(9)));

    private readonly GitSandbox _repo = RevisedNoticeSample.Create();
    private BuildResult _result = null!;

    public async Task InitializeAsync() =>
        _result = await SiteBuilder.BuildAsync(new BuildOptions(_repo.ContentRoot, _repo.OutputRoot, RepoPaths.ThemeAssets, Clock: Today));

    public Task DisposeAsync()
    {
        _repo.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_list_names_every_revision_with_its_date_and_summary_newest_first_in_both_languages()
    {
        Assert.True(_result.Succeeded, string.Join("\n", _result.Diagnostics.Select(d => d.Format())));
        var ja = Page("notice/history/index.html");
        var en = Page("en/notice/history/index.html");

        var dates = ja.QuerySelectorAll(".history-list time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2025-06-01", "2025-04-01", "2024-12-02", "2022-04-01", "2017-05-30", "2005-04-01"], dates);
        Assert.Contains("利用目的の記載を改めました。", ja.QuerySelector(".history-list > li")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Reworded a purpose of use.", en.QuerySelector(".history-list > li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/en/notice/history/2025-06-01/", en.QuerySelector(".history-list a")!.GetAttribute("href"));
        Assert.Contains("/notice/history/", Page("revisions/index.html").QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_version_holds_the_notice_as_it_stood_and_the_current_notice_the_new_text()
    {
        var before = Page("notice/history/2025-04-01/index.html").QuerySelector(".history-full")!.TextContent;
        var after = Page("notice/history/2025-06-01/index.html").QuerySelector(".history-full")!.TextContent;
        var current = Page("notice/index.html").QuerySelector("main")!.TextContent;

        Assert.Contains(RevisedNoticeSample.OldPurpose, before, StringComparison.Ordinal);
        Assert.DoesNotContain(RevisedNoticeSample.NewPurpose, before, StringComparison.Ordinal);
        Assert.Contains(RevisedNoticeSample.NewPurpose, after, StringComparison.Ordinal);
        Assert.Contains(RevisedNoticeSample.NewPurpose, current, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparison_marks_removed_and_added_text_in_del_and_ins_named_in_words()
    {
        var ja = Page("notice/history/2025-06-01/index.html").QuerySelector(".changes__list > li")!;
        var en = Page("en/notice/history/2025-06-01/index.html").QuerySelector(".changes__list > li")!;

        Assert.Equal(RevisedNoticeSample.OldPurpose, ja.QuerySelector("del")!.TextContent);
        Assert.Equal(RevisedNoticeSample.NewPurpose, ja.QuerySelector("ins")!.TextContent);
        Assert.Equal(["削除:", "追加:"], ja.QuerySelectorAll(".changes__mark").Select(m => m.TextContent));
        Assert.Equal("個人情報の利用目的 › 保険給付のための利用 › 当組合の内部での利用", ja.QuerySelector(".changes__where")!.TextContent);
        Assert.Equal(RevisedNoticeSample.OldPurposeEn, en.QuerySelector("del")!.TextContent);
        Assert.Equal(["Removed:", "Added:"], en.QuerySelectorAll(".changes__mark").Select(m => m.TextContent));
        Assert.Contains("サイトの履歴に残っている最初の版です。", Page("notice/history/2005-04-01/index.html").QuerySelector(".changes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_without_git_history_says_so_and_has_no_history_pages()
    {
        using var content = new ContentCopy();
        var progress = new List<string>();
        var result = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, Clock: Today), new SyncProgress(progress));

        Assert.True(result.Succeeded);
        Assert.Contains(progress, p => p.StartsWith("No git history read", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(content.OutputRoot, "notice", "history")));
    }

    private AngleSharp.Html.Dom.IHtmlDocument Page(string file) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_repo.OutputRoot, file)));

    /// <summary>Reports at once, on the builder's thread (Progress&lt;T&gt; posts later, after the test looked).</summary>
    private sealed class SyncProgress(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}
