using AngleSharp.Html.Parser;
using PrivacySite.Site;

namespace PrivacySite.Tests.Notice;

/// <summary>Retention and disposal (保存期間・廃棄) is a section of its own when the society writes notice/retention.yaml: a page, a part of the full notice and, with a nav_order, a menu entry.</summary>
public sealed class RetentionSectionTests
{
    private const string Retention = """
        # yaml-language-server: $schema=../schemas/retention.schema.json
        page:
          title: { ja: 保存期間と廃棄, en: Retention and disposal }
          nav_order: 6
        periods:
          title: { ja: 保存期間, en: How long we keep records }
          caption: { ja: 記録の種類ごとの保存期間, en: How long each kind of record is kept }
          period_column: { ja: 保存する期間, en: Kept for }
          rows:
            - record: { ja: レセプト, en: Medical fee statements }
              period: { ja: 5年, en: 5 years }
        disposal:
          title: { ja: 廃棄の方法, en: How records are disposed of }
          items:
            - { ja: 紙の書類は溶解処理します。, en: Paper records are pulped. }

        """;

    [Fact]
    public async Task A_retention_file_is_published_as_a_section_in_the_menu_and_the_full_notice()
    {
        using var content = new ContentCopy();
        content.Write("notice/retention.yaml", Retention);

        var result = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, Clock: FixedClock.SampleToday, NoticeHistory: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == PrivacySite.Content.Diagnostics.Severity.Error);

        var page = content.ParseOutput("en/retention/index.html");
        Assert.Equal("Retention and disposal", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Record", "Kept for"], page.QuerySelectorAll("main table thead th").Select(th => th.TextContent));
        Assert.Equal("5 years", page.QuerySelector("main tbody td")!.TextContent.Trim());
        Assert.NotNull(page.GetElementById("retention-disposal"));
        Assert.Contains(content.ParseOutput("index.html").QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/retention/");
        Assert.NotNull(content.ParseOutput("notice/index.html").QuerySelector("section[aria-labelledby='retention']"));
    }
}
