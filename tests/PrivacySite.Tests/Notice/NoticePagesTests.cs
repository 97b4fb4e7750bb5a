using AngleSharp.Dom;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// Every item of every notice file reaches its built page in both languages, count for count,
/// and the full notice holds every section in order.
/// </summary>
public sealed class NoticePagesTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    public static TheoryData<string, Language> Sections => SampleNotice.SectionsByLanguage();

    [Fact]
    public void Every_notice_data_file_is_a_section_after_the_handler()
    {
        // The optional sections the sample society writes (it has no retention.yaml; RetentionSectionTests adds one).
        var noticeFiles = YamlFileKind.All
            .Where(k => typeof(INoticeSection).IsAssignableFrom(k.RootType) && (!k.Optional || File.Exists(Path.Combine(RepoPaths.SampleSociety, k.RelativePath))))
            .ToList();
        var sections = SampleNotice.Sections;

        Assert.Equal("handler", sections[0].Slug);
        Assert.Same(SampleNotice.Content.Settings.Handler, sections[0].Model);
        Assert.Equal(noticeFiles.Select(k => k.RootType), sections.Skip(1).Select(s => s.Model.GetType()));
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void A_section_page_shows_every_item_of_its_file_count_for_count(string slug, Language language)
    {
        var section = SampleNotice.Section(slug);
        var document = site.Parse(SampleNotice.PageFile(slug, language));
        var main = document.QuerySelector("main")!;

        Assert.NotEmpty(RenderedTexts.Expected(section.Model, language));
        Assert.Empty(RenderedTexts.Mismatches(section.Model, language, main));
        Assert.Equal(section.Page.Title[language], document.QuerySelector("h1")!.TextContent);
        Assert.Equal(section.Page.Description?[language], document.QuerySelector("meta[name=description]")?.GetAttribute("content"));
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void The_full_notice_holds_the_section_with_every_item_count_for_count(string slug, Language language)
    {
        var section = SampleNotice.Section(slug);
        var element = FullNotice(language).QuerySelector($"section[aria-labelledby='{slug}']");

        Assert.NotNull(element);
        Assert.Equal(section.Page.Title[language], element.QuerySelector($"h2#{slug}")!.TextContent);
        Assert.Empty(RenderedTexts.Mismatches(section.Model, language, element));
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public void The_full_notice_lists_every_section_in_order_in_its_table_of_contents(Language language)
    {
        var document = FullNotice(language);
        var expected = SampleNotice.Sections.Select(s => s.Slug).ToList();

        Assert.Equal(expected, document.QuerySelectorAll("main section.notice-section").Select(s => s.GetAttribute("aria-labelledby")));
        Assert.Equal(expected.Select(slug => "#" + slug), document.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")));
        Assert.Equal(SampleNotice.Content.Notice.FullNotice.Page.Title[language], document.QuerySelector("h1")!.TextContent);
        Assert.Empty(RenderedTexts.Mismatches(SampleNotice.Content.Notice.FullNotice.Page with { Description = null }, language, document.QuerySelector("main")!));
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void A_section_page_has_a_table_of_contents_of_its_parts_and_links_to_every_other_part(string slug, Language language)
    {
        var document = site.Parse(SampleNotice.PageFile(slug, language));
        var headings = document.QuerySelectorAll(".prose h2[id]").Select(h => "#" + h.Id).ToList();
        var toc = document.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();

        // A page with a single part needs no contents list.
        Assert.Equal(headings.Count > 1 ? headings : [], toc);

        var related = document.QuerySelectorAll("nav.related a").ToList();
        Assert.Equal(SampleNotice.Sections.Count + 1, related.Count);
        Assert.Equal("/" + language.PathPrefix() + slug + "/", Assert.Single(related, a => a.GetAttribute("aria-current") == "page").GetAttribute("href"));
    }

    [Fact]
    public void Every_page_footer_shows_the_latest_revision_date()
    {
        var latest = SampleNotice.Content.Notice.Revisions.LastRevised!.Value;
        Assert.Equal(SampleNotice.Content.Notice.Revisions.Listed.Max(r => r.Date), latest);

        foreach (var file in site.HtmlFiles().Where(f => f != "404.html"))
        {
            var footer = site.Parse(file).QuerySelector(".site-footer__revised");
            Assert.NotNull(footer);
            var label = file.StartsWith("en/", StringComparison.Ordinal) ? "Last revised" : "最終改定日";
            Assert.StartsWith(label, footer.TextContent, StringComparison.Ordinal);
            Assert.Equal(latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), footer.QuerySelector("time")!.GetAttribute("datetime"));
        }

        Assert.Equal($"{latest.Year}年{latest.Month}月{latest.Day}日", site.Parse("index.html").QuerySelector(".site-footer__revised time")!.TextContent);
        Assert.Equal(latest.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), site.Parse("en/index.html").QuerySelector(".site-footer__revised time")!.TextContent);
    }

    [Fact]
    public void Fees_and_response_times_come_from_the_requests_file()
    {
        var requests = SampleNotice.Content.Notice.Requests;
        var document = site.Parse("en/requests/index.html");

        Assert.Equal(requests.Kinds.Count, document.QuerySelectorAll("tbody tr[id^='requests-']").Length);
        foreach (var (key, kind) in requests.Kinds)
        {
            var row = document.GetElementById("requests-" + key.Replace('_', '-'))!;
            var fee = row.QuerySelector("td[data-label=Fee] .fee")!.TextContent;
            Assert.Equal(kind.Fee!.Yen == 0 ? "Free of charge" : $"¥{kind.Fee.Yen:N0}", fee);
            Assert.Equal($"Within {kind.ResponseDays} business days of receipt", row.QuerySelector("td[data-label='We aim to answer']")!.TextContent.Trim());
        }
    }

    [Fact]
    public void The_complaint_page_shows_the_response_time_from_the_complaints_file()
    {
        var days = SampleNotice.Content.Notice.Complaints.ResponseDays;
        foreach (var (file, expected) in new[] { ("en/complaints/index.html", $"Within {days} business days of receipt"), ("complaints/index.html", $"受付から{days}営業日以内") })
        {
            var facts = site.Parse(file).QuerySelectorAll("dl.facts dd").Select(d => d.TextContent.Trim());
            Assert.Contains(expected, facts);
        }
    }

    private IDocument FullNotice(Language language) => site.Parse(SampleNotice.PageFile("notice", language));
}
