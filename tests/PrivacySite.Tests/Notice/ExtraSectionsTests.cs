using PrivacySite.Content.Diagnostics;
using PrivacySite.Site;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// A society adds sections of its own: declared in notice.yaml (extra_sections: name, after), written as
/// notice/NAME.yaml (parts in YAML) or notice/NAME.ja.md and .en.md (Markdown), published as a page, a menu entry and
/// a part of the full notice where it chose, and checked like every other section before anything is rendered.
/// </summary>
public sealed class ExtraSectionsTests
{
    private const string Declared = """

        extra_sections:
          - name: cookies
            after: safety-measures
        """;

    private const string Cookies = """
        # yaml-language-server: $schema=../schemas/extra-section.schema.json
        page:
          title: { ja: クッキーの利用, en: Our use of cookies }
          nav_order: 20
        parts:
          - title: { ja: 使うクッキー, en: The cookies we use }
            paragraphs:
              - { ja: このサイトはクッキーを使いません。, en: This site sets no cookies. }
            items:
              - { ja: 言語の選択は保存しません。, en: Your choice of language is not stored. }
            table:
              caption: { ja: クッキーの一覧, en: The cookies }
              columns:
                - { ja: 名前, en: Name }
                - { ja: 目的, en: Purpose }
              rows:
                - cells:
                    - { ja: なし, en: None }
                    - { ja: なし, en: None }

        """;

    private static string MarkdownPage(string title, string body) => $"---\ntitle: {title}\nnav_order: 21\n---\n{body}";

    private static ContentCopy WithCookies(string? yaml = Cookies, string declared = Declared)
    {
        var content = new ContentCopy();
        content.Write("notice/notice.yaml", content.Read("notice/notice.yaml") + declared);
        if (yaml is not null)
        {
            content.Write("notice/cookies.yaml", yaml);
        }

        return content;
    }

    private static IReadOnlyList<Diagnostic> Check(ContentCopy content)
    {
        var diagnostics = new DiagnosticBag();
        ContentChecks.Run(content.Root, diagnostics, FixedClock.SampleToday);
        return diagnostics.ToList();
    }

    private static Task<BuildResult> Build(ContentCopy content) =>
        SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, Clock: FixedClock.SampleToday, NoticeHistory: false));

    [Fact]
    public async Task A_section_in_yaml_is_a_page_a_menu_entry_and_a_part_of_the_full_notice_after_the_section_it_names()
    {
        using var content = WithCookies();

        var result = await Build(content);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Assert.Empty(result.Diagnostics.Select(d => d.Format()));
        var page = content.ParseOutput("en/cookies/index.html");
        Assert.Equal("Our use of cookies", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("The cookies we use", page.GetElementById("cookies-1")!.TextContent);
        Assert.Equal("h2", page.GetElementById("cookies-1")!.LocalName);
        Assert.Contains(page.QuerySelectorAll("main p"), p => p.TextContent == "This site sets no cookies.");
        Assert.Equal("Your choice of language is not stored.", page.QuerySelector("main ul li")!.TextContent);
        Assert.Equal(["Name", "Purpose"], page.QuerySelectorAll("main table thead th").Select(th => th.TextContent));
        Assert.Equal("row", page.QuerySelector("main tbody th")!.GetAttribute("scope"));
        Assert.Equal("Purpose", page.QuerySelector("main tbody td")!.GetAttribute("data-label"));
        Assert.Contains(content.ParseOutput("index.html").QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/cookies/");

        var full = content.ParseOutput("notice/index.html");
        var order = full.QuerySelectorAll("section.notice-section").Select(s => s.GetAttribute("aria-labelledby")).ToList();
        Assert.Equal(order.IndexOf("safety-measures") + 1, order.IndexOf("cookies"));
        Assert.Equal("h3", full.GetElementById("cookies-1")!.LocalName);
        Assert.Contains("/cookies/", File.ReadAllText(Path.Combine(content.OutputRoot, "sitemap.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_in_markdown_shows_each_language_its_links_filled_in_and_its_headings_under_its_own_on_the_full_notice()
    {
        using var content = WithCookies(yaml: null, declared: Declared.Replace("safety-measures", "handler", StringComparison.Ordinal));
        content.Write("notice/cookies.ja.md", MarkdownPage("クッキー", "本文です。[窓口](complaints.md#complaints-contact)\n\n## 使うもの\n\nありません。\n"));
        content.Write("notice/cookies.en.md", MarkdownPage("Cookies", "The text. [The desk](complaints.md#complaints-contact)\n\n## What we use\n\nNone.\n"));

        var result = await Build(content);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        var page = content.ParseOutput("en/cookies/index.html");
        Assert.Equal("Cookies", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("h2", page.GetElementById("what-we-use")!.LocalName);
        Assert.Equal("/en/complaints/#complaints-contact", page.QuerySelector("main a[href*='complaints']")!.GetAttribute("href"));
        Assert.Equal("h2", content.ParseOutput("cookies/index.html").GetElementById("使うもの")!.LocalName);

        var full = content.ParseOutput("en/notice/index.html");
        var order = full.QuerySelectorAll("section.notice-section").Select(s => s.GetAttribute("aria-labelledby")).ToList();
        Assert.Equal(["handler", "cookies", "purposes"], order.Take(3));
        Assert.Equal("h3", full.GetElementById("what-we-use")!.LocalName);
    }

    [Theory]
    [InlineData("second", "cookies", "third")]
    [InlineData("cookies", "second", "third")]
    [InlineData("cookies", "third", "second")]
    public void Several_sections_after_one_keep_the_order_they_are_declared_in_and_one_may_follow_another(params string[] declaredOrder)
    {
        var after = new Dictionary<string, string> { ["cookies"] = "purposes", ["second"] = "cookies", ["third"] = "purposes" };
        using var content = WithCookies(declared: "\nextra_sections:\n" + string.Concat(declaredOrder.Select(n => $"  - name: {n}\n    after: {after[n]}\n")));
        content.Write("notice/second.yaml", Cookies);
        content.Write("notice/third.yaml", Cookies);
        var diagnostics = new DiagnosticBag();

        var loaded = ContentChecks.Run(content.Root, diagnostics, FixedClock.SampleToday);

        Assert.Empty(diagnostics.ToList().Select(d => d.Format()));
        var slugs = PrivacySite.Content.Model.Notice.NoticePages.SectionsOf(loaded!.Notice).Select(s => s.Slug).ToList();
        Assert.Equal(["purposes", "cookies", "second", "third", "safety-measures"], slugs.Take(5));
    }

    [Fact]
    public void A_file_in_notice_that_is_no_section_and_not_declared_is_an_error_naming_the_sections_and_how_to_add_one()
    {
        using var content = new ContentCopy();
        content.Write("notice/cookies.yaml", Cookies);

        var error = Assert.Single(Check(content), d => d.Code == "PS0011");

        Assert.Equal("notice/cookies.yaml", error.Location.File);
        Assert.Contains("purposes.yaml", error.Format(), StringComparison.Ordinal);
        Assert.Contains("extra_sections (name: cookies", error.Format(), StringComparison.Ordinal);
        Assert.Contains("extra_sections", error.Format(Language.Ja), StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_section_without_a_file_is_an_error_at_its_name_and_nothing_is_built()
    {
        using var content = WithCookies(yaml: null);
        var line = content.Read("notice/notice.yaml").Split('\n').ToList().FindIndex(l => l.Contains("name: cookies", StringComparison.Ordinal)) + 1;

        var error = Assert.Single(Check(content), d => d.Code == "PS0014");

        Assert.Equal(("notice/notice.yaml", line, 11), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("notice/cookies.ja.md", error.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_written_both_in_yaml_and_in_markdown_is_an_error()
    {
        using var content = WithCookies();
        content.Write("notice/cookies.ja.md", MarkdownPage("クッキー", "本文\n"));
        content.Write("notice/cookies.en.md", MarkdownPage("Cookies", "Text\n"));

        Assert.Single(Check(content), d => d.Code == "PS0015" && d.Location.File == "notice/notice.yaml");
    }

    [Fact]
    public void A_markdown_section_in_one_language_only_is_an_error_at_the_file_it_has()
    {
        using var content = WithCookies(yaml: null);
        content.Write("notice/cookies.ja.md", MarkdownPage("クッキー", "本文\n"));

        var error = Assert.Single(Check(content), d => d.Code == "PS0016");

        Assert.Equal(("notice/cookies.ja.md", 1, 1), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("notice/cookies.en.md", error.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_markdown_section_with_an_empty_text_raw_html_or_a_broken_link_is_an_error_where_it_is()
    {
        using var content = WithCookies(yaml: null);
        content.Write("notice/cookies.ja.md", MarkdownPage("クッキー", "<div>本文</div>\n\n[壊れた](nowhere.md)\n"));
        content.Write("notice/cookies.en.md", MarkdownPage("Cookies", "\n"));

        var found = Check(content);

        Assert.Contains(found, d => d.Code == "PS0019" && d.Location.File == "notice/cookies.en.md" && d.Location.Line == 5);
        Assert.Contains(found, d => d.Code == "PS0301" && d.Location.File == "notice/cookies.ja.md" && d.Location.Line == 5);
        Assert.Contains(found, d => d.Code == "PS0302" && d.Location.File == "notice/cookies.ja.md" && d.Location.Line == 7);
    }

    [Fact]
    public void A_yaml_section_is_checked_like_the_others_missing_english_unknown_keys_empty_parts_and_ragged_tables()
    {
        using var content = WithCookies(Cookies
            .Replace("{ ja: 使うクッキー, en: The cookies we use }", "{ ja: 使うクッキー }", StringComparison.Ordinal)
            .Replace("parts:\n", "colour: red\nparts:\n  - title: { ja: 空, en: Empty }\n", StringComparison.Ordinal)
            .Replace("            - { ja: なし, en: None }\n            - { ja: なし, en: None }\n", "            - { ja: なし, en: None }\n", StringComparison.Ordinal));

        var found = Check(content).Where(d => d.Location.File == "notice/cookies.yaml").ToList();

        Assert.Contains(found, d => d.Code == "PS0201" && d.Location.Line == 8);
        Assert.Contains(found, d => d.Code == "PS0102" && d.Location.Line == 5);
        Assert.Contains(found, d => d.Code == "PS0019" && d.Location.Line == 7);
        Assert.Contains(found, d => d.Code == "PS0020" && d.Format().Contains("1 cell(s) but the table has 2 column(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_yaml_section_with_no_parts_or_without_its_schema_line_is_reported()
    {
        using var content = WithCookies(Cookies[..Cookies.IndexOf("parts:", StringComparison.Ordinal)].Replace("# yaml-language-server: $schema=../schemas/extra-section.schema.json\n", "", StringComparison.Ordinal) + "parts: []\n");

        var found = Check(content).Where(d => d.Location.File == "notice/cookies.yaml").ToList();

        Assert.Contains(found, d => d.Code == "PS0019");
        Assert.Contains(found, d => d.Code == "PS0006" && d.Format().Contains("extra-section.schema.json", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Cookies")]
    [InlineData("purposes")]
    [InlineData("notice")]
    [InlineData("api")]
    public void A_name_that_cannot_be_an_address_of_its_own_is_an_error_at_the_name(string name)
    {
        using var content = WithCookies(declared: Declared.Replace("name: cookies", "name: " + name, StringComparison.Ordinal));

        var error = Assert.Single(Check(content), d => d.Code == "PS0017");

        Assert.Equal("notice/notice.yaml", error.Location.File);
        Assert.Contains(name, error.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_name_twice_is_an_error_at_the_second()
    {
        using var content = WithCookies(declared: Declared + "\n  - name: cookies\n    after: requests\n");

        var error = Assert.Single(Check(content), d => d.Code == "PS0017");

        Assert.Equal(content.Read("notice/notice.yaml").Split('\n').ToList().FindLastIndex(l => l.Contains("name: cookies", StringComparison.Ordinal)) + 1, error.Location.Line);
    }

    [Theory]
    [InlineData("nowhere")]
    [InlineData("my-numbr")]
    public void A_place_after_no_section_of_this_notice_is_an_error_at_after_naming_the_sections(string after)
    {
        using var content = WithCookies(declared: Declared.Replace("after: safety-measures", "after: " + after, StringComparison.Ordinal));

        var error = Assert.Single(Check(content), d => d.Code == "PS0018");

        Assert.Equal("notice/notice.yaml", error.Location.File);
        Assert.Contains("safety-measures", error.Format(), StringComparison.Ordinal);
        Assert.Contains("handler", error.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_sections_placed_after_each_other_have_no_place_and_are_both_reported()
    {
        using var content = WithCookies(declared: """

            extra_sections:
              - name: cookies
                after: second
              - name: second
                after: cookies
            """);
        content.Write("notice/second.yaml", Cookies);

        Assert.Equal(2, Check(content).Count(d => d.Code == "PS0018"));
    }

    [Fact]
    public void A_section_left_out_cannot_be_placed_after()
    {
        using var content = WithCookies(declared: Declared.Replace("after: safety-measures", "after: my-number", StringComparison.Ordinal));
        content.Delete("notice/my-number.yaml");
        foreach (var page in new[] { "pages/index.ja.md", "pages/index.en.md" })
        {
            content.Write(page, string.Join('\n', content.Read(page).Split('\n').Where(l => !l.Contains("(my-number.md)", StringComparison.Ordinal))));
        }

        Assert.Single(Check(content), d => d.Code == "PS0018");
    }

    [Fact]
    public void A_link_to_a_part_of_an_added_section_is_checked_against_its_headings()
    {
        using var content = WithCookies();
        content.Replace("pages/index.en.md", "The Japanese version", "[cookies](cookies.md#cookies-1) [wrong](cookies.md#cookies-9) The Japanese version");

        var broken = Assert.Single(Check(content), d => d.Code == "PS0304" || d.Code == "PS0305" || d.Code == "PS0308");

        Assert.Contains("cookies-9", broken.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_markdown_page_cannot_take_the_address_of_an_added_section()
    {
        using var content = WithCookies();
        content.WritePage("pages/cookies");

        Assert.Contains(Check(content), d => d.Code == "PS0309" && d.Location.File == "pages/cookies.ja.md");
    }
}
