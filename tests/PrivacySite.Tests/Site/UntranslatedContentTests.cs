using AngleSharp.Html.Parser;
using PrivacySite.Site;

namespace PrivacySite.Tests.Site;

/// <summary>
/// Text marked untranslated: the English page shows the Japanese, marked lang="ja", with a
/// "not yet translated" note, and the build warns but publishes.
/// </summary>
public sealed class UntranslatedContentTests : IAsyncLifetime
{
    private readonly ContentCopy _content = new();
    private BuildResult _result = null!;

    public async Task InitializeAsync()
    {
        _content.Replace("site.yaml", "    en: 5F Sample Building, 1-2-3 Mihon-cho, Chiyoda-ku, Tokyo", "    untranslated: true");
        _content.Write("pages/policy.en.md", "---\ntitle: Privacy policy\nnav_order: 2\nuntranslated: true\n---\n");
        _result = await SiteBuilder.BuildAsync(new BuildOptions(_content.Root, _content.OutputRoot, RepoPaths.ThemeAssets, Clock: FixedClock.SampleToday));
    }

    public Task DisposeAsync()
    {
        _content.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_build_publishes_and_warns_about_each_untranslated_text()
    {
        Assert.True(_result.Succeeded, string.Join("\n", _result.Diagnostics.Select(d => d.Format())));
        Assert.Equal(
            [
                "pages/policy.en.md:4:15: warning PS0208: page 'policy' is marked untranslated: the English page shows the Japanese text",
                "site.yaml:9:5: warning PS0202: 'handler.address' is marked untranslated: the English page shows the Japanese text",
            ],
            _result.Diagnostics.Select(d => d.Format()));
    }

    [Fact]
    public void An_untranslated_field_shows_the_Japanese_marked_as_such_on_English_pages_only()
    {
        var english = Parse("en/index.html").QuerySelector(".site-footer")!;
        var japaneseText = english.QuerySelector("span[lang=ja]");
        Assert.NotNull(japaneseText);
        Assert.Equal("東京都千代田区見本町一丁目2番3号 サンプルビル5階", japaneseText.TextContent);
        Assert.Equal("(not yet translated into English)", english.QuerySelector(".untranslated-note")!.TextContent);

        var japanese = Parse("index.html").QuerySelector(".site-footer")!;
        Assert.Contains("東京都千代田区見本町一丁目2番3号", japanese.TextContent, StringComparison.Ordinal);
        Assert.Null(japanese.QuerySelector(".untranslated-note"));
    }

    [Fact]
    public void An_untranslated_page_shows_the_Japanese_text_with_a_notice_and_English_links()
    {
        var page = Parse("en/policy/index.html");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Privacy policy", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector(".message--untranslated"));
        var prose = page.QuerySelector(".prose")!;
        Assert.Equal("ja", prose.GetAttribute("lang"));
        Assert.Contains("法令等の遵守", prose.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.All(page.QuerySelectorAll(".site-nav a"), a => Assert.StartsWith("/en/", a.GetAttribute("href"), StringComparison.Ordinal));

        // The translated pages keep their own text and no notice.
        Assert.Null(Parse("policy/index.html").QuerySelector(".message--untranslated"));
        Assert.Null(Parse("en/index.html").QuerySelector(".message--untranslated"));
    }

    private AngleSharp.Html.Dom.IHtmlDocument Parse(string file) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_content.OutputRoot, file)));
}
