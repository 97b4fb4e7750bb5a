using AngleSharp.Html.Parser;
using PrivacySite.Site;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// Nothing is published that the Society did not write: no "none" for an omitted list, no column nobody
/// filled, and addresses as each language writes them (〒 only in Japanese).
/// </summary>
public sealed class NothingInventedTests
{
    [Fact]
    public async Task An_omitted_my_number_list_leaves_its_cell_empty_and_an_unused_column_is_not_drawn()
    {
        using var content = new ContentCopy();
        var municipalities = await BuildPageAsync(content, "my-number/index.html");
        var row = municipalities.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "市区町村");
        Assert.Equal("", row.QuerySelector("td[data-label='当組合が提供する情報']")?.TextContent.Trim() ?? "");
        Assert.DoesNotContain("なし", municipalities.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);

        content.Replace("notice/my-number.yaml", "      provides:\n        - ja: 当組合での資格の情報\n          en: Eligibility records held by the Society\n        - ja: 当組合での給付の情報\n          en: Benefit records held by the Society\n", "");
        content.Replace("notice/my-number.yaml", "      provides:\n        - ja: 被扶養者の資格の情報\n          en: Dependants' eligibility records\n", "");

        var without = await BuildPageAsync(content, "my-number/index.html");
        Assert.Equal(2, without.QuerySelectorAll("main table thead th").Length);
    }

    [Fact]
    public async Task Addresses_carry_the_postal_mark_only_in_japanese_and_the_english_address_as_written()
    {
        using var content = new ContentCopy();
        var ja = await BuildPageAsync(content, "handler/index.html");
        Assert.Contains("〒100-0000", ja.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);

        var en = content.ParseOutput("en/handler/index.html");
        var address = en.QuerySelector("main dl dd:nth-of-type(2)")!.TextContent.Trim();
        Assert.Equal("5F Sample Building, 1-2-3 Mihon-cho, Chiyoda-ku, Tokyo 100-0000", address);
        Assert.DoesNotContain("〒", en.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);

        content.Replace("site.yaml", "    en: 5F Sample Building, 1-2-3 Mihon-cho, Chiyoda-ku, Tokyo\n", "    untranslated: true\n");
        var untranslated = await BuildPageAsync(content, "en/handler/index.html");
        var shown = untranslated.QuerySelector("main dl dd:nth-of-type(2)")!;
        Assert.Equal("〒100-0000 東京都千代田区見本町一丁目2番3号 サンプルビル5階", shown.QuerySelector("[lang=ja]")!.TextContent);
        Assert.Contains("the address in Japanese", shown.TextContent, StringComparison.Ordinal);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> BuildPageAsync(ContentCopy content, string file)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, Clock: FixedClock.SampleToday));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        return content.ParseOutput(file);
    }
}
