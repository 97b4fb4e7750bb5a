using AngleSharp.Html.Parser;
using PrivacySite.Site;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// The revision history as the society keeps it: only an enactment date (pages show 制定日, no empty table),
/// or revisions without an enactment date; and a list the society left empty is not drawn.
/// </summary>
public sealed class RevisionDatesTests
{
    private const string Page = "# yaml-language-server: $schema=../schemas/revisions.schema.json\npage:\n  title:\n    ja: 改定履歴\n    en: Revision history\n";

    [Fact]
    public async Task A_notice_never_revised_shows_its_enactment_date_and_no_revision_table()
    {
        using var content = new ContentCopy();
        content.Write("notice/revisions.yaml", Page + "enacted: 2005-04-01\n");

        await BuildAsync(content);

        foreach (var (file, label) in new[] { ("index.html", "制定日"), ("en/index.html", "First published"), ("requests/index.html", "制定日") })
        {
            var footer = content.ParseOutput(file).QuerySelector(".site-footer__revised")!;
            Assert.StartsWith(label, footer.TextContent, StringComparison.Ordinal);
            Assert.Equal("2005-04-01", footer.QuerySelector("time")!.GetAttribute("datetime"));
        }

        var revisions = content.ParseOutput("revisions/index.html");
        Assert.Null(revisions.QuerySelector("main table"));
        Assert.DoesNotContain("最終改定日", revisions.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.Equal("制定日", revisions.QuerySelector("main dl dt")!.TextContent);
    }

    [Fact]
    public async Task Revisions_may_stand_without_an_enactment_date()
    {
        using var content = new ContentCopy();
        content.Write("notice/revisions.yaml", Page + "revisions:\n  - date: 2022-04-01\n    summary:\n      ja: 全体を見直しました。\n      en: Reviewed throughout.\n");

        await BuildAsync(content);

        var revisions = content.ParseOutput("revisions/index.html");
        Assert.Null(revisions.QuerySelector("main dl"));
        Assert.Equal("改定履歴", revisions.QuerySelector("main table caption")!.TextContent);
        Assert.Single(revisions.QuerySelectorAll("main tbody tr"));
        Assert.StartsWith("最終改定日", revisions.QuerySelector(".site-footer__revised")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_left_empty_is_not_drawn()
    {
        using var content = new ContentCopy();
        var requests = content.Read("notice/requests.yaml");
        var start = requests.IndexOf("refusal_grounds:", StringComparison.Ordinal);
        var items = requests.IndexOf("  items:\n", start, StringComparison.Ordinal);
        var end = requests.IndexOf("\nmedical_fee_statements:", items, StringComparison.Ordinal);
        content.Replace("notice/requests.yaml", requests[items..end], "  items: []\n");

        await BuildAsync(content);

        var page = content.ParseOutput("requests/index.html");
        Assert.Null(page.GetElementById("requests-refusal"));
        Assert.Empty(page.QuerySelectorAll("main ul:empty, main ol:empty, main tbody:empty"));
        Assert.DoesNotContain("#requests-refusal", page.QuerySelector("nav.toc")!.InnerHtml, StringComparison.Ordinal);
    }

    private static async Task BuildAsync(ContentCopy content)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, Clock: FixedClock.SampleToday));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
    }
}
