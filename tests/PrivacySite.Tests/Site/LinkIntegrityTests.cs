namespace PrivacySite.Tests.Site;

/// <summary>In every fixture society's site, every link and asset a page refers to exists in the output, including in-page anchors.</summary>
public sealed class LinkIntegrityTests(BuiltSocietiesFixture societies) : IClassFixture<BuiltSocietiesFixture>
{
    [Theory]
    [MemberData(nameof(FixtureSocieties.Names), MemberType = typeof(FixtureSocieties))]
    public void Every_internal_link_and_asset_resolves(string society)
    {
        var site = societies[society];
        var checkedLinks = 0;
        foreach (var file in site.HtmlFiles())
        {
            var document = site.Parse(file);
            var references = document.QuerySelectorAll("a[href], link[href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(u => !u.StartsWith("http", StringComparison.Ordinal) && !u.StartsWith("mailto:", StringComparison.Ordinal) && !u.StartsWith("tel:", StringComparison.Ordinal));
            foreach (var reference in references)
            {
                var (path, anchor) = Split(reference);
                var target = path.Length == 0 ? file : Resolve(path);
                Assert.True(File.Exists(Path.Combine(site.OutputRoot, target)), $"{file}: '{reference}' leads nowhere");
                if (anchor is not null)
                {
                    Assert.True(site.Parse(target).GetElementById(Uri.UnescapeDataString(anchor)) is not null, $"{file}: anchor '{reference}' not found");
                }

                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 20, $"only {checkedLinks} links were checked");
    }

    [Theory]
    [MemberData(nameof(FixtureSocieties.Names), MemberType = typeof(FixtureSocieties))]
    public void No_page_loads_anything_from_another_host_and_only_the_forms_carry_a_script(string society)
    {
        var site = societies[society];
        var forms = new[] { "requests/form/index.html", "en/requests/form/index.html", "complaints/form/index.html", "en/complaints/form/index.html" };
        foreach (var file in site.HtmlFiles())
        {
            var document = site.Parse(file);
            var scripts = document.QuerySelectorAll("script");
            if (forms.Contains(file))
            {
                // The forms' one script only enhances them; it is deferred and comes from the site's own assets.
                var script = Assert.Single(scripts);
                Assert.Matches(@"^/assets/forms\.[0-9a-f]{10}\.js$", script.GetAttribute("src"));
                Assert.True(script.HasAttribute("defer"));
                Assert.Empty(script.TextContent);
            }
            else
            {
                Assert.Empty(scripts);
            }

            Assert.All(document.QuerySelectorAll("link[rel=stylesheet], img, iframe"), e =>
                Assert.StartsWith("/", e.GetAttribute("href") ?? e.GetAttribute("src"), StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(FixtureSocieties.Names), MemberType = typeof(FixtureSocieties))]
    public void Every_page_has_a_skip_link_to_main_and_the_landmarks(string society)
    {
        var site = societies[society];
        // The 404 page too: a member who lands on it keeps the site's header, menu and footer.
        foreach (var file in site.HtmlFiles())
        {
            var document = site.Parse(file);
            Assert.Equal("#main", document.QuerySelector("a.skip-link")!.GetAttribute("href"));
            Assert.NotNull(document.QuerySelector("main#main"));
            Assert.NotNull(document.QuerySelector("header"));
            Assert.NotNull(document.QuerySelector("nav[aria-label]"));
            Assert.NotNull(document.QuerySelector("footer"));
            Assert.Equal(file == "404.html" ? 2 : 1, document.QuerySelectorAll("h1").Length);
        }
    }

    [Theory]
    [MemberData(nameof(FixtureSocieties.Names), MemberType = typeof(FixtureSocieties))]
    public void The_not_found_page_speaks_both_languages(string society)
    {
        var site = societies[society];
        var document = site.Parse("404.html");
        Assert.NotNull(document.QuerySelector("section[lang=ja] h1"));
        Assert.NotNull(document.QuerySelector("section[lang=en] h1"));
        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(document.QuerySelector("link[rel=canonical]"));
        Assert.Empty(document.QuerySelectorAll("link[rel=alternate]"));
    }

    private static (string Path, string? Anchor) Split(string reference)
    {
        var hash = reference.IndexOf('#');
        return hash < 0 ? (reference, null) : (reference[..hash], reference[(hash + 1)..]);
    }

    private static string Resolve(string path)
    {
        var relative = path.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
