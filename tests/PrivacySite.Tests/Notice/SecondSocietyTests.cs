using PrivacySite.Content.Diagnostics;
using PrivacySite.Site;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// A society of another shape (tests/fixtures/societies/second-sample, modelled on a published policy and
/// handling notice of seed 004): every request free of charge, answered "without delay" with no number of
/// days, a desk by post, phone, fax and in person with no e-mail, no consignee table, joint use or My Number
/// section. Its site says only what it wrote; what it left out is asked for, never filled in.
/// </summary>
public sealed class SecondSocietyTests(BuiltSocietiesFixture societies) : IClassFixture<BuiltSocietiesFixture>
{
    private BuiltSiteFixture Site => societies["second-sample"];

    [Fact]
    public void Every_request_is_free_and_no_number_of_days_is_shown()
    {
        foreach (var (page, free, days) in new[] { ("requests/index.html", "無料", "日"), ("en/requests/index.html", "Free of charge", " days") })
        {
            var table = Site.Parse(page).QuerySelector("main table")!;
            Assert.Equal(6, table.QuerySelectorAll("tbody tr").Length);
            Assert.All(table.QuerySelectorAll("tbody tr .fee"), fee => Assert.Equal(free, fee.TextContent.Trim()));
            Assert.Equal(3, table.QuerySelectorAll("thead th").Length);
            Assert.DoesNotContain(days, table.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_page_offers_an_e_mail_address_or_a_section_the_society_did_not_write()
    {
        foreach (var file in Site.HtmlFiles())
        {
            var document = Site.Parse(file);
            Assert.Empty(document.QuerySelectorAll("a[href^='mailto:']"));
            Assert.DoesNotContain(document.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("/consignees/", StringComparison.Ordinal)
                || a.GetAttribute("href")!.Contains("/joint-use/", StringComparison.Ordinal) || a.GetAttribute("href")!.Contains("/my-number/", StringComparison.Ordinal));
        }

        var notice = Site.Parse("notice/index.html");
        Assert.All(new[] { "consignees", "joint-use", "my-number", "safety-measures-abroad" }, id => Assert.Null(notice.GetElementById(id)));
        Assert.DoesNotContain("外国", notice.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("架空県見本市中央町二丁目4番5号", notice.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void What_it_left_out_that_guidelines_recommend_is_a_warning_naming_the_guideline()
    {
        var recommended = Site.Result.Diagnostics.Where(d => d.Code == DiagnosticDescriptors.RecommendedItemMissing.Code).Select(d => d.Format()).ToList();

        Assert.Equal(2, recommended.Count);
        Assert.Contains(recommended, m => m.Contains("'basic_policy'", StringComparison.Ordinal) && m.Contains("PPC Guidelines", StringComparison.Ordinal));
        Assert.Contains(recommended, m => m.Contains("'external_environment'", StringComparison.Ordinal));
        Assert.DoesNotContain(Site.Result.Diagnostics, d => d.Severity == Severity.Error);
    }
}
