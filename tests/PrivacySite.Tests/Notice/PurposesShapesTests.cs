using AngleSharp.Html.Parser;
using PrivacySite.Site;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// The purposes in the shape a society publishes them: the categories, the table by type of information,
/// or both; a group headed in the society's own words; notes of several paragraphs; the table's column
/// headings as the file sets them.
/// </summary>
public sealed class PurposesShapesTests
{
    [Fact]
    public async Task The_table_alone_is_a_complete_list_of_purposes()
    {
        using var content = new ContentCopy();
        YamlEdit.Remove(content, "notice/purposes.yaml", "categories");

        var page = await BuildAsync(content, "purposes/index.html");

        Assert.Null(page.GetElementById("purposes-1"));
        Assert.NotNull(page.GetElementById("purposes-types"));
        Assert.NotEmpty(page.QuerySelectorAll("main table tbody tr"));
    }

    [Fact]
    public async Task The_categories_alone_are_a_complete_list_of_purposes()
    {
        using var content = new ContentCopy();
        YamlEdit.Remove(content, "notice/purposes.yaml", "information_types");

        var page = await BuildAsync(content, "purposes/index.html");

        Assert.NotNull(page.GetElementById("purposes-1"));
        Assert.Null(page.GetElementById("purposes-types"));
        Assert.Null(page.QuerySelector("main table"));
    }

    [Fact]
    public async Task Without_either_shape_the_check_names_the_law_and_both_keys()
    {
        using var content = new ContentCopy();
        YamlEdit.Remove(content, "notice/purposes.yaml", "categories");
        YamlEdit.Remove(content, "notice/purposes.yaml", "information_types");

        var result = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, Clock: FixedClock.SampleToday));

        var finding = Assert.Single(result.Diagnostics, d => d.Code == "PS0501");
        Assert.Equal("notice/purposes.yaml", finding.Location.File);
        Assert.Contains("'categories, information_types' is missing or empty", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_group_headed_in_the_societys_words_notes_of_several_paragraphs_and_the_tables_own_column_headings_are_shown()
    {
        using var content = new ContentCopy();
        content.Replace("notice/purposes.yaml", "      - scope: other\n", "      - title:\n          ja: 委託先から受け取る情報\n          en: Data we receive from contractors\n");
        content.Replace("notice/purposes.yaml", "    notes:\n", "    notes:\n      - ja: 一つ目の段落です。\n        en: The first paragraph.\n");
        content.Replace("notice/purposes.yaml", "  rows:\n", "  type_column:\n    ja: 情報の種類\n    en: Kind of data\n  purposes_column:\n    ja: 使い道\n    en: What we use it for\n  rows:\n");

        var ja = await BuildAsync(content, "purposes/index.html");
        var en = content.ParseOutput("en/purposes/index.html");

        Assert.Contains("委託先から受け取る情報", ja.QuerySelectorAll("main h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("Data we receive from contractors", en.QuerySelectorAll("main h3").Select(h => h.TextContent.Trim()));
        Assert.DoesNotContain("Other handling", en.QuerySelectorAll("main h3").Select(h => h.TextContent.Trim()));
        var notes = en.QuerySelectorAll("main p").Select(p => p.TextContent.Trim()).ToList();
        var first = notes.IndexOf("The first paragraph.");
        Assert.True(first >= 0 && notes[first + 1].StartsWith("Used only", StringComparison.Ordinal), string.Join("\n", notes));
        Assert.Equal(["Kind of data", "What we use it for"], en.QuerySelectorAll("main table thead th").Select(th => th.TextContent));
        Assert.Equal(["情報の種類", "使い道"], ja.QuerySelectorAll("main table thead th").Select(th => th.TextContent));
        Assert.All(ja.QuerySelectorAll("main table tbody td"), td => Assert.Equal("使い道", td.GetAttribute("data-label")));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> BuildAsync(ContentCopy content, string file)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, Clock: FixedClock.SampleToday));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        return content.ParseOutput(file);
    }
}
