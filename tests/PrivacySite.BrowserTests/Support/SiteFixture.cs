using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using PrivacySite.Cli.Serving;
using PrivacySite.Site;

namespace PrivacySite.BrowserTests.Support;

/// <summary>
/// The sample site built once, served on a free loopback port with the production headers,
/// and one Chromium shared by every browser test.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string _work = Path.Combine(ToolPaths.RepoRoot, "artifacts", "browser-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string OutputRoot => Path.Combine(_work, "output");

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(ToolPaths.Content, OutputRoot, ToolPaths.ThemeAssets, "https://privacy.example.org/"));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        }

        _app = LocalSiteApp.Create(OutputRoot, port: 0);
        await _app.StartAsync();
        BaseUrl = _app.Address();
        (_playwright, Browser) = await Support.Browser.LaunchAsync();
    }

    /// <summary>Every page path of the site (from the sitemap) plus the 404 page.</summary>
    public IReadOnlyList<string> PagePaths()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Load(Path.Combine(OutputRoot, "sitemap.xml"));
        return [.. sitemap.Root!.Elements(ns + "url").Select(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath), "/404.html"];
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Directory.Delete(_work, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "built site in Chromium";
}
