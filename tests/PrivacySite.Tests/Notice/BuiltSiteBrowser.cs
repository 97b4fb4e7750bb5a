using Microsoft.Playwright;
using PrivacySite.Tests.Support;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// The sample site built once and opened in the machine's headless Chromium (never a
/// downloaded browser). Requests to <see cref="Origin"/> are answered from the output folder,
/// as a static host would, so no server or port is needed.
/// </summary>
public sealed class BuiltSiteBrowser : IAsyncLifetime
{
    public const string Origin = "http://site.test";
    private const string Chromium = "/usr/bin/chromium";

    private readonly BuiltSiteFixture _site = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public BuiltSiteFixture Site => _site;

    public async Task InitializeAsync()
    {
        await _site.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page of the given CSS width that can reach only the built site.</summary>
    public async Task<IPage> OpenAsync(int width)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        await page.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            var relative = url.AbsolutePath.TrimStart('/');
            var file = Path.Combine(_site.OutputRoot, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative);
            if (url.GetLeftPart(UriPartial.Authority) != Origin || !File.Exists(file))
            {
                await route.AbortAsync();
                return;
            }

            await route.FulfillAsync(new RouteFulfillOptions { Path = file });
        });
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _site.DisposeAsync();
    }
}
