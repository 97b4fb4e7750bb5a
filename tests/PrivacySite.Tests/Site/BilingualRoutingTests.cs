namespace PrivacySite.Tests.Site;

/// <summary>Japanese at /&lt;slug&gt;/, English at /en/&lt;slug&gt;/, each pointing at the other.</summary>
public sealed class BilingualRoutingTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    private IEnumerable<string> JapanesePages => site.HtmlFiles().Where(f => !f.StartsWith("en/", StringComparison.Ordinal) && f != "404.html");

    private IEnumerable<string> EnglishPages => site.HtmlFiles().Where(f => f.StartsWith("en/", StringComparison.Ordinal));

    [Fact]
    public void The_build_succeeds_without_findings()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Select(d => d.Format())));
        Assert.Empty(site.Result.Diagnostics);
    }

    [Fact]
    public void Every_page_exists_in_both_languages()
    {
        var japanese = JapanesePages.ToList();
        Assert.NotEmpty(japanese);
        Assert.Equal(japanese.Select(f => "en/" + f), EnglishPages);
        Assert.Equal(japanese.Count, site.Result.PagesPerLanguage[Content.Model.Language.Ja]);
        Assert.Equal(japanese.Count, site.Result.PagesPerLanguage[Content.Model.Language.En]);
    }

    [Fact]
    public void Each_page_declares_its_language_and_absolute_hreflang_alternates()
    {
        foreach (var file in JapanesePages)
        {
            var route = file[..^"index.html".Length];
            var ja = BuiltSiteFixture.BaseUrl + route;
            var en = BuiltSiteFixture.BaseUrl + "en/" + route;
            foreach (var (page, lang) in new[] { (file, "ja"), ("en/" + file, "en") })
            {
                var document = site.Parse(page);
                Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
                var alternates = document.QuerySelectorAll("link[rel=alternate][hreflang]")
                    .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
                Assert.Equal(3, alternates.Count);
                Assert.Equal(ja, alternates["ja"]);
                Assert.Equal(en, alternates["en"]);
                Assert.Equal(ja, alternates["x-default"]);
            }
        }
    }

    [Fact]
    public void The_language_switcher_links_to_the_same_page_in_the_other_language()
    {
        foreach (var file in JapanesePages)
        {
            var route = "/" + file[..^"index.html".Length];
            var jaSwitch = site.Parse(file).QuerySelector(".site-header__language")!;
            var enSwitch = site.Parse("en/" + file).QuerySelector(".site-header__language")!;
            Assert.Equal("/en" + route, jaSwitch.GetAttribute("href"));
            Assert.Equal("en", jaSwitch.GetAttribute("lang"));
            Assert.Equal(route, enSwitch.GetAttribute("href"));
            Assert.Equal("ja", enSwitch.GetAttribute("lang"));
        }
    }

    [Fact]
    public void Chrome_is_in_the_page_language()
    {
        var ja = site.Parse("index.html");
        var en = site.Parse("en/index.html");
        Assert.Equal("本文へ移動", ja.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("Skip to main content", en.QuerySelector(".skip-link")!.TextContent);
        Assert.Contains("サンプル健康保険組合", ja.QuerySelector(".site-footer")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sample Health Insurance Society", en.QuerySelector(".site-footer")!.TextContent, StringComparison.Ordinal);
        Assert.All(en.QuerySelectorAll(".site-nav a"), a => Assert.StartsWith("/en/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public void Japanese_emphasis_next_to_punctuation_renders_as_strong()
    {
        var strong = site.Parse("policy/index.html").QuerySelectorAll("main strong").Select(s => s.TextContent);
        Assert.Contains("利用目的の範囲内", strong);
    }

    [Fact]
    public void The_sitemap_lists_every_page_with_its_alternates()
    {
        var sitemap = System.Xml.Linq.XDocument.Load(Path.Combine(site.OutputRoot, "sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        System.Xml.Linq.XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = sitemap.Root!.Elements(ns + "url").ToList();
        Assert.Equal(JapanesePages.Count() + EnglishPages.Count(), urls.Count);
        Assert.All(urls, u => Assert.Equal(3, u.Elements(xhtml + "link").Count()));
        Assert.Contains(urls, u => u.Element(ns + "loc")!.Value == BuiltSiteFixture.BaseUrl + "en/policy/");
        Assert.Contains($"Sitemap: {BuiltSiteFixture.BaseUrl}sitemap.xml", File.ReadAllText(Path.Combine(site.OutputRoot, "robots.txt")), StringComparison.Ordinal);
    }
}
