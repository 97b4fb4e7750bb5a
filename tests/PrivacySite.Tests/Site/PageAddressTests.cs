using PrivacySite.Content.Model.Notice;
using PrivacySite.Site.Planning;
using PrivacySite.Tests.Notice;
using PrivacySite.Theme;

namespace PrivacySite.Tests.Site;

/// <summary>The pages links may reach are the pages the site builds, Markdown and notice alike, and the home page leads to each part of the notice.</summary>
public sealed class PageAddressTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    [Fact]
    public void The_planner_builds_exactly_the_pages_links_may_reach_in_both_languages()
    {
        var content = SampleNotice.Content;
        var plan = SitePlanner.Plan(content, AssetManifest.Scan(RepoPaths.ThemeAssets));

        var expected = SitePages.Slugs(content).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("policy", expected);
        Assert.Contains(NoticePages.FullNoticeSlug, expected);
        foreach (var language in Languages.All)
        {
            Assert.Equal(expected, plan.Pages.Where(p => p.Language == language).Select(p => p.Slug).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_notice_file_has_a_page_named_after_it()
    {
        Assert.Equal(
            ["notice", "handler", "purposes", "safety-measures", "consignees", "joint-use", "third-party-provision", "my-number", "retention", "requests", "complaints", "revisions"],
            NoticePages.All.Select(p => p.Slug));
        Assert.All(NoticePages.All.Where(p => p.Slug != NoticePages.HandlerSlug), p => Assert.Equal($"notice/{p.Slug}.yaml", p.File));
    }

    [Theory]
    [InlineData("index.html", "/")]
    [InlineData("en/index.html", "/en/")]
    public void The_home_page_links_to_every_page_of_the_notice_in_its_language(string file, string prefix)
    {
        var hrefs = site.Parse(file).QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToHashSet();

        // Every page this society's notice has (the sample writes no retention section).
        Assert.All(NoticePages.AllOf(SampleNotice.Content.Notice), page => Assert.Contains(prefix + page.Slug + "/", hrefs));
        Assert.Contains(prefix + "complaints/#complaints-contact", hrefs);
    }
}
