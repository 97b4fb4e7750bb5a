using AngleSharp.Html.Parser;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Site;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// Fees and response times are published as the Society states them and only as the law allows:
/// no fee on correction, suspension or stop of provision (APPI Art. 38(1)); nothing shown that the
/// Society did not write; a response time as a number of business days or in its own words.
/// </summary>
public sealed class FeesAndResponseTimesTests
{
    private const string Requests = "notice/requests.yaml";

    [Theory]
    [InlineData("correction")]
    [InlineData("suspension")]
    [InlineData("provision_stop")]
    public async Task A_fee_on_a_request_the_law_keeps_free_is_an_error(string kind)
    {
        using var content = new ContentCopy();
        YamlEdit.Replace(content, Requests, $"{kind}.fee", YamlEdit.Parse("yen: 300"));

        var result = await BuildAsync(content);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(("PS0503", Severity.Error, Requests), (finding.Code, finding.Severity, finding.Location.File));
        Assert.Contains($"'{kind}' may not charge one; remove '{kind}.fee'", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains("第38条第1項", finding.Message(Language.Ja), StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_fee_left_out_is_no_error_and_nothing_is_shown_for_it()
    {
        using var content = new ContentCopy();
        YamlEdit.Remove(content, Requests, "correction.fee");

        var result = await BuildAsync(content);

        Assert.Empty(result.Diagnostics);
        var row = Page(content, "en/requests/index.html").GetElementById("requests-correction")!;
        Assert.Equal("", row.QuerySelector("td[data-label=Fee]")!.TextContent.Trim());
    }

    [Fact]
    public async Task With_no_fee_and_no_response_time_anywhere_those_columns_are_not_drawn()
    {
        using var content = new ContentCopy();
        foreach (var kind in new[] { "purpose_notice", "disclosure", "provision_record_disclosure", "correction", "suspension", "provision_stop" })
        {
            YamlEdit.Remove(content, Requests, $"{kind}.fee");
            YamlEdit.Remove(content, Requests, $"{kind}.response_days");
        }

        var result = await BuildAsync(content);

        Assert.Empty(result.Diagnostics);
        var table = Page(content, "requests/index.html").QuerySelector("table")!;
        Assert.Equal(["請求の種類", "内容"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Empty(table.QuerySelectorAll("td[data-label='手数料']"));
    }

    [Fact]
    public async Task A_fee_in_words_and_a_response_time_in_words_are_shown_as_written()
    {
        using var content = new ContentCopy();
        YamlEdit.Replace(content, Requests, "disclosure.fee", YamlEdit.Parse("note: { ja: 実費（写しの費用と郵送料）, en: The actual cost of copies and postage }"));
        YamlEdit.Remove(content, Requests, "disclosure.response_days");
        YamlEdit.Set(content, Requests, "disclosure.response_time", YamlEdit.Parse("{ ja: 遅滞なく回答します, en: We answer without delay }"));

        var result = await BuildAsync(content);

        Assert.Empty(result.Diagnostics);
        var row = Page(content, "en/requests/index.html").GetElementById("requests-disclosure")!;
        Assert.Equal("The actual cost of copies and postage", row.QuerySelector("td[data-label=Fee]")!.TextContent.Trim());
        Assert.Equal("We answer without delay", row.QuerySelector("td[data-label='We aim to answer']")!.TextContent.Trim());
        Assert.DoesNotContain("business days", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_response_time_in_days_and_in_words_at_once_is_an_error()
    {
        using var content = new ContentCopy();
        YamlEdit.Set(content, Requests, "disclosure.response_time", YamlEdit.Parse("{ ja: 遅滞なく, en: Without delay }"));

        var finding = Assert.Single((await BuildAsync(content)).Diagnostics);

        Assert.Equal("PS0705", finding.Code);
        Assert.Contains("'disclosure'", finding.Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fee_with_neither_an_amount_nor_a_note_is_an_error()
    {
        using var content = new ContentCopy();
        YamlEdit.Replace(content, Requests, "disclosure.fee", YamlEdit.Parse("unit: { ja: 1件につき, en: per request }"));

        var finding = Assert.Single((await BuildAsync(content)).Diagnostics);

        Assert.Equal("PS0704", finding.Code);
    }

    [Fact]
    public async Task The_former_name_of_the_fee_note_is_told_its_new_name()
    {
        using var content = new ContentCopy();
        YamlEdit.Replace(content, Requests, "disclosure.fee", YamlEdit.Parse("{ yen: 300, postage: { ja: 郵送料は別です, en: Postage is extra } }"));

        var finding = Assert.Single((await BuildAsync(content)).Diagnostics);

        Assert.Equal("PS0102", finding.Code);
        Assert.EndsWith("this name was changed to 'note'", finding.Message(Language.En), StringComparison.Ordinal);
    }

    private static Task<BuildResult> BuildAsync(ContentCopy content) =>
        SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, Clock: FixedClock.SampleToday));

    private static AngleSharp.Html.Dom.IHtmlDocument Page(ContentCopy content, string file) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.OutputRoot, file)));
}
