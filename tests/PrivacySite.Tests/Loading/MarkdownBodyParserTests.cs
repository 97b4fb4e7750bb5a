using PrivacySite.Content.Loading;

namespace PrivacySite.Tests.Loading;

/// <summary>A page's Markdown is parsed once, into what both the checks and the site need.</summary>
public sealed class MarkdownBodyParserTests
{
    [Fact]
    public void Links_to_other_pages_leave_a_gap_in_the_html_and_everything_else_is_written_out()
    {
        var parsed = MarkdownBodyParser.Parse("See [the policy](policy.md#purpose), [a site](https://example.org/) and [this](#top).\n", "pages/a.en.md", 5);

        Assert.Equal(["policy.md#purpose"], parsed.Html.PageLinks);
        Assert.Equal(["<p>See <a href=\"", "\">the policy</a>, <a href=\"https://example.org/\">a site</a> and <a href=\"#top\">this</a>.</p>\n"], parsed.Html.Parts);
        Assert.Equal(["#top", "https://example.org/", "policy.md#purpose"], parsed.Links.Select(l => l.Url).Order(StringComparer.Ordinal));
        Assert.Contains(parsed.Links, l => l.Url == "policy.md#purpose" && l.At.ToString() == "pages/a.en.md:5:5");
    }

    [Fact]
    public void An_address_that_would_end_its_attribute_is_written_encoded()
    {
        var parsed = MarkdownBodyParser.Parse("[x](<https://example.org/\"onmouseover='alert(1)'>) and ![y](<pic.png\"onerror=alert(1)//>)\n", "pages/a.en.md", 5);

        var html = Assert.Single(parsed.Html.Parts);
        Assert.DoesNotContain("\"onmouseover", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"onerror", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/%22onmouseover=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Reference_links_without_a_definition_are_found_where_they_stand_and_nothing_else_is()
    {
        const string body = "Defined [a][ok], code `[b][c]`, escaped \\[d]\\[e], [plain] and\n- *[broken][label]* then [f][]\n\n[ok]: https://example.org/\n";
        var parsed = MarkdownBodyParser.Parse(body, "pages/a.en.md", 5);

        Assert.Equal([("[broken][label]", "label", "pages/a.en.md:6:4"), ("[f][]", "f", "pages/a.en.md:6:26")],
            parsed.UndefinedReferences.Select(r => (r.Text, r.Label, r.At.ToString())));
    }

    [Fact]
    public void A_reference_style_image_is_checked_where_it_stands_with_its_definitions_address()
    {
        var parsed = MarkdownBodyParser.Parse("Text\n\n![Logo][logo]\n\n[logo]: https://cdn.example.com/logo.png\n", "pages/a.en.md", 5);

        Assert.Contains(parsed.Links, l => l.IsImage && l.Url == "https://cdn.example.com/logo.png" && l.At.ToString() == "pages/a.en.md:7:1");
    }

    [Fact]
    public void Headings_keep_their_anchor_text_and_level_in_page_order()
    {
        var parsed = MarkdownBodyParser.Parse("# Title\n\n## First part\n\ntext\n\n### A detail\n\n## Second part\n", "pages/a.en.md", 5);

        Assert.Equal([("title", "Title", 1), ("first-part", "First part", 2), ("a-detail", "A detail", 3), ("second-part", "Second part", 2)],
            parsed.Headings.Select(h => (h.Id, h.Text, h.Level)));
    }

    [Fact]
    public void Raw_html_is_found_for_the_checks_and_written_as_text_never_passed_through()
    {
        var parsed = MarkdownBodyParser.Parse("<script>alert(1)</script>\n\nText with <b>bold</b>.\n", "pages/a.en.md", 5);

        Assert.Equal(["<b>", "<script>alert(1)</script>"], parsed.RawHtml.Select(h => h.Text).Order(StringComparer.Ordinal));
        Assert.Equal(["pages/a.en.md:5:1", "pages/a.en.md:7:11"], parsed.RawHtml.Select(h => h.At.ToString()).Order(StringComparer.Ordinal));
        var html = Assert.Single(parsed.Html.Parts);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_parsed_one_after_another_carry_nothing_over()
    {
        MarkdownBodyParser.Parse("> - a quoted list item\n>   that goes on, unfinished", "pages/a.en.md", 5);

        Assert.Equal([""], MarkdownBodyParser.Parse("", "pages/b.en.md", 5).Html.Parts);
        Assert.Equal(["<p>Plain text.</p>\n"], MarkdownBodyParser.Parse("Plain text.\n", "pages/c.en.md", 5).Html.Parts);
    }
}
