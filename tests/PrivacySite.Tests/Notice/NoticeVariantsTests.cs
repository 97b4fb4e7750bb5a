using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PrivacySite.Site;

namespace PrivacySite.Tests.Notice;

/// <summary>What the notice shows: the links to the form pages, and optional content when it is there (data handled abroad, an accredited organisation, untranslated text).</summary>
public sealed class NoticeVariantsTests
{
    [Fact]
    public async Task Requests_and_complaints_link_to_their_forms_in_each_language()
    {
        using var content = new ContentCopy();
        await BuildAsync(content);

        Assert.Equal("/requests/form/", content.ParseOutput("requests/index.html").QuerySelector("#requests-how ~ dl a.action-link")!.GetAttribute("href"));
        Assert.Equal("/en/requests/form/", content.ParseOutput("en/requests/index.html").QuerySelector("#requests-how ~ dl a.action-link")!.GetAttribute("href"));
        Assert.Equal("/complaints/form/", content.ParseOutput("complaints/index.html").QuerySelector("a.action-link")!.GetAttribute("href"));
        Assert.Equal("/en/complaints/form/", content.ParseOutput("en/complaints/index.html").QuerySelector("a.action-link")!.GetAttribute("href"));
        Assert.Equal(2, content.ParseOutput("notice/index.html").QuerySelectorAll("a.action-link").Length);
    }

    [Fact]
    public async Task A_site_published_under_another_address_links_the_notice_to_the_forms_there()
    {
        using var content = new ContentCopy();
        await BuildAsync(content, baseUrl: "https://example.org/privacy/");

        Assert.Equal("/privacy/requests/form/", content.ParseOutput("requests/index.html").QuerySelector("#requests-how ~ dl a.action-link")!.GetAttribute("href"));
        Assert.Equal("/privacy/en/complaints/form/", content.ParseOutput("en/complaints/index.html").QuerySelector("a.action-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_desk_phone_written_in_full_width_digits_is_shown_as_written_and_dialled_as_ascii_digits()
    {
        using var content = new ContentCopy();
        content.Write("notice/complaints.yaml", content.Read("notice/complaints.yaml").Replace("phone: 03-0000-0000", "phone: ０３－００００－０００１", StringComparison.Ordinal));

        await BuildAsync(content);

        var link = content.ParseOutput("complaints/index.html").QuerySelectorAll("main dd a").Single(a => a.GetAttribute("href")!.StartsWith("tel:", StringComparison.Ordinal));
        Assert.Equal(("tel:0300000001", "０３－００００－０００１"), (link.GetAttribute("href"), link.TextContent));
    }

    [Fact]
    public async Task Countries_where_data_is_handled_abroad_are_listed_in_a_table()
    {
        using var content = new ContentCopy();
        YamlEdit.Replace(content, "notice/safety-measures.yaml", "external_environment.countries", YamlEdit.Parse("""
            - country: { ja: シンガポール, en: Singapore }
              handling: { ja: 健康相談の記録の保管, en: Storing health consultation records }
              measures:
                - { ja: 同国の個人情報保護制度を確認しています。, en: We have checked the country's data protection law. }
            """));
        YamlEdit.Remove(content, "notice/safety-measures.yaml", "external_environment.when_none");

        await BuildAsync(content);

        var table = Assert.Single(content.ParseOutput("en/safety-measures/index.html").QuerySelectorAll("main table"));
        Assert.Equal("Singapore", table.QuerySelector("tbody th[scope=row]")!.TextContent);
        Assert.Equal("Storing health consultation records", table.QuerySelector("td[data-label='What is handled there']")!.TextContent);
        Assert.Equal("Handling of data abroad", table.QuerySelector("caption")!.TextContent);
    }

    [Fact]
    public async Task An_accredited_organisation_is_shown_where_the_society_belongs_to_one()
    {
        using var content = new ContentCopy();
        content.Write("notice/complaints.yaml", content.Read("notice/complaints.yaml") + """

            accredited_organisation:
              name: { ja: 一般社団法人見本個人情報保護協会, en: Mihon Personal Information Protection Association }
              complaints_to: { ja: 同協会の苦情相談室（電話 03-0000-0002）, en: The association's complaints office (phone 03-0000-0002) }
            """);

        await BuildAsync(content);

        var page = content.ParseOutput("complaints/index.html");
        Assert.Equal("認定個人情報保護団体", page.GetElementById("complaints-accredited")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("dd"), dd => dd.TextContent == "一般社団法人見本個人情報保護協会");
    }

    [Fact]
    public async Task English_pages_show_untranslated_text_in_Japanese_marked_as_Japanese()
    {
        using var content = new ContentCopy();
        content.Replace("notice/consignees.yaml", "      - ja: 株式会社見本ウェルネス\n        en: Mihon Wellness Inc.", "      - ja: 株式会社見本ウェルネス\n        untranslated: true");

        var result = await BuildAsync(content);

        Assert.Contains(result.Diagnostics, d => d.Code == "PS0202");
        var fallback = content.ParseOutput("en/consignees/index.html").QuerySelector("td span[lang=ja]");
        Assert.Equal("株式会社見本ウェルネス", fallback?.TextContent);
        Assert.NotNull(fallback!.ParentElement!.QuerySelector(".untranslated-note"));
    }

    private static async Task<BuildResult> BuildAsync(ContentCopy content, string? baseUrl = null)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, baseUrl));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        return result;
    }
}
