using PrivacySite.Content.Addresses;
using Xunit.Abstractions;

namespace PrivacySite.BrowserTests.Site;

/// <summary>
/// On a 360×800 phone, without JavaScript, the header (site name, language switcher, folded menu)
/// takes at most a fifth of the first screen, so every page's title is in it; the menu opens with a
/// tap, and on a wide screen it is shown open with no toggle. The start buttons to the forms are in
/// the first screen of the pages that carry them.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FirstScreenOnPhonesTests(SiteFixture site, ITestOutputHelper output)
{
    private const double MaxHeaderFraction = 0.20;

    [Fact]
    public async Task On_a_phone_the_header_takes_at_most_a_fifth_of_the_first_screen_and_the_title_is_in_it()
    {
        await using var context = await WithoutJavaScriptAsync(360);
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        var largest = (Fraction: 0.0, Path: "");
        foreach (var path in site.PagePaths())
        {
            await page.GotoAsync(site.BaseUrl.TrimEnd('/') + path);
            var fraction = await page.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().height / window.innerHeight");
            if (fraction > largest.Fraction)
            {
                largest = (fraction, path);
            }

            if (fraction > MaxHeaderFraction)
            {
                failures.Add($"{path}: the header takes {fraction:P0} of the first screen");
            }

            var titleBottom = await page.EvaluateAsync<double>("() => document.querySelector('h1').getBoundingClientRect().bottom");
            if (titleBottom > 800)
            {
                failures.Add($"{path}: the page title ends {titleBottom}px down, below the first screen");
            }

            if (!await page.Locator(".site-header__language").IsVisibleAsync() || await page.Locator(".site-nav").IsVisibleAsync())
            {
                failures.Add($"{path}: the language switcher is hidden or the menu is not folded");
            }
        }

        output.WriteLine($"largest header at 360×800: {largest.Fraction:P1} of the screen, on {largest.Path}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public async Task On_a_phone_the_folded_menu_opens_without_JavaScript(Language language)
    {
        await using var context = await WithoutJavaScriptAsync(360);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(SiteUrls.HomeSlug, language));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"header-menu-closed-{language.Code()}-360") });
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());

        await page.ClickAsync(".site-menu__toggle");

        Assert.True(await page.Locator(".site-nav").IsVisibleAsync());
        var links = page.Locator(".site-nav a");
        Assert.True(await links.CountAsync() >= 5);
        Assert.True(await links.Last.IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"header-menu-open-{language.Code()}-360") });
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public async Task On_a_wide_screen_the_menu_is_open_without_a_toggle(Language language)
    {
        await using var context = await WithoutJavaScriptAsync(1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(SiteUrls.HomeSlug, language));

        Assert.False(await page.Locator(".site-menu__toggle").IsVisibleAsync());
        Assert.True(await page.Locator(".site-nav a").Last.IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"header-{language.Code()}-1280") });
    }

    [Theory]
    [InlineData("index", Language.Ja)]
    [InlineData("index", Language.En)]
    [InlineData("requests", Language.Ja)]
    [InlineData("requests", Language.En)]
    [InlineData("complaints", Language.Ja)]
    [InlineData("complaints", Language.En)]
    public async Task On_a_phone_the_start_buttons_are_in_the_first_screen(string slug, Language language)
    {
        await using var context = await WithoutJavaScriptAsync(360);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(slug, language));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"start-{slug}-{language.Code()}-360") });

        var buttons = page.Locator(".button--start");
        Assert.True(await buttons.CountAsync() > 0);
        var bottom = await buttons.EvaluateAllAsync<double>("links => Math.max(...links.map(a => a.getBoundingClientRect().bottom))");
        Assert.True(bottom <= 800, $"the last start button ends {bottom}px down");
        var heights = await buttons.EvaluateAllAsync<double[]>("links => links.map(a => a.getBoundingClientRect().height)");
        Assert.All(heights, h => Assert.True(h >= 44, $"a start button is {h}px high"));
    }

    /// <summary>A browser context with JavaScript off and a window <paramref name="width"/> px wide and 800 px high.</summary>
    private Task<IBrowserContext> WithoutJavaScriptAsync(int width) => site.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        JavaScriptEnabled = false,
        ViewportSize = new ViewportSize { Width = width, Height = 800 },
    });

    private static string Screenshot(string name) => Path.Combine(ToolPaths.Screenshots, name + ".png");
}
