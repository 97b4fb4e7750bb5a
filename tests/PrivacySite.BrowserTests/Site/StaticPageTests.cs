namespace PrivacySite.BrowserTests.Site;

/// <summary>Every page of every fixture society's built site in real Chromium, the Nu Html Checker and axe-core.</summary>
[Collection(SiteCollection.Name)]
public sealed class StaticPageTests(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(FixtureSocieties.Names), MemberType = typeof(FixtureSocieties))]
    public async Task Every_page_passes_the_Nu_Html_Checker(string society)
    {
        var served = site.Societies[society];
        var documents = Directory.EnumerateFiles(served.OutputRoot, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(served.OutputRoot, f), File.ReadAllText);
        Assert.True(documents.Count >= 5, $"only {documents.Count} pages found");

        var errors = await site.HtmlChecker.ErrorsAsync(documents);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task The_checker_really_reports_errors()
    {
        var errors = await site.HtmlChecker.ErrorsAsync(new Dictionary<string, string> { ["broken.html"] = "<!DOCTYPE html><html lang=en><title>x</title><p><div></span>" });
        Assert.NotEmpty(errors);
    }

    [Theory]
    [MemberData(nameof(FixtureSocieties.Names), MemberType = typeof(FixtureSocieties))]
    public async Task Every_page_has_no_WCAG_A_or_AA_violations_on_desktop_and_phone(string society)
    {
        var served = site.Societies[society];
        var failures = await AxeSweep.ViolationsAsync(site.Browser, served.BaseUrl, served.PagePaths(), society + "-page");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Axe_really_reports_violations()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html><head><title>t</title></head><body><main><img src='x.png'><input type='text'></main></body></html>");
        Assert.NotEmpty(await Axe.ViolationsAsync(page));
    }

    [Fact]
    public async Task Axe_really_reports_violations_in_the_copy_of_a_page_seen_without_JavaScript()
    {
        await using var checker = await site.Browser.NewContextAsync();
        var html = "<!DOCTYPE html><html lang=en><head><title>t</title></head><body><main><input type='text'><script>document.querySelector('input').setAttribute('aria-label', 'x')</script></main></body></html>";
        var violations = await Axe.ViolationsOfCopyAsync(checker, site.BaseUrl + "copy-check/", html);
        Assert.Contains(violations, v => v.StartsWith("label", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(360, 740)]

    // 200% zoom of a 1280 px window lays the page out in 640 CSS pixels.
    [InlineData(640, 450)]
    public async Task No_page_scrolls_sideways_on_a_narrow_or_zoomed_screen(int width, int height)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        foreach (var served in site.Societies.Values)
        {
            foreach (var path in served.PagePaths())
            {
                await page.GotoAsync(served.BaseUrl.TrimEnd('/') + path);
                var overflow = await page.OverflowAsync();
                Assert.True(overflow <= 0, $"{served.BaseUrl}{path} is {overflow}px wider than a {width}px screen");
            }
        }
    }

    [Fact]
    public async Task Keyboard_users_reach_the_skip_link_first_and_see_where_focus_is()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/", "/en/" })
        {
            await page.GotoAsync(site.BaseUrl.TrimEnd('/') + path);
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => document.activeElement.className");
            Assert.Equal("skip-link", focused);
            var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
            Assert.NotEqual("none", outline);
            var visible = await page.Locator(".skip-link").BoundingBoxAsync();
            Assert.True(visible is { Y: >= 0 }, "the focused skip link is off screen");

            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        }
    }

    [Fact]
    public async Task Pages_served_with_the_production_headers_raise_no_CSP_violation_or_console_error()
    {
        await using var context = await site.Browser.NewContextAsync();
        await context.RecordCspViolationsAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);

        foreach (var path in site.PagePaths())
        {
            var response = await page.GotoAsync(site.BaseUrl.TrimEnd('/') + path);
            Assert.Contains("default-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
            problems.AddRange((await page.CspViolationsAsync()).Select(v => $"{path}: CSP {v}"));
        }

        // The 404 page is fetched as a 404 on purpose; Chromium logs that one status as a console error.
        Assert.True(problems.All(p => p.Contains("404", StringComparison.Ordinal)), string.Join("\n", problems));
    }
}
