using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PrivacySite.Cli.Serving;
using PrivacySite.Content.Addresses;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Forms.Text;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Site;

namespace PrivacySite.BrowserTests.Support;

/// <summary>
/// The sample site built once and served as `serve` serves it: on a free loopback port with the
/// production headers, with the intake service under /api on the same origin and its file store in a
/// temp folder. One Chromium and one Nu Html Checker are shared by every browser test.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string _work = Path.Combine(RepoPaths.Root, "artifacts", "browser-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string OutputRoot => Path.Combine(_work, "output");

    /// <summary>The intake's file store folder.</summary>
    public string StoreFolder => Path.Combine(_work, "inquiries");

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public NuHtmlChecker HtmlChecker { get; private set; } = null!;

    /// <summary>The forms' words from the sample content, for what the pages should say.</summary>
    public FormText Forms { get; private set; } = null!;

    /// <summary>The store the intake writes to, as the service itself opened it.</summary>
    public IInquiryStore Store => _app!.Services.GetRequiredService<IInquiryStore>();

    public async Task InitializeAsync()
    {
        HtmlChecker = NuHtmlChecker.Start();
        Forms = new FormText(ContentChecks.Run(RepoPaths.SampleSociety, new DiagnosticBag())!.Forms);
        // The notice's history pages come from a throwaway repository (NoticeHistoryPageTests), never the project's own history.
        var result = await SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.SampleSociety, OutputRoot, RepoPaths.ThemeAssets, "https://privacy.example.org/", NoticeHistory: false));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        }

        _app = LocalSiteApp.Create(OutputRoot, port: 0, intake: new LocalIntake(RepoPaths.SampleSociety, new Dictionary<string, string?>
        {
            ["InquiryStore:Path"] = StoreFolder,

            // Every test submits from 127.0.0.1; the limit itself is tested in the intake's own tests.
            ["Intake:RateLimit:PermitLimit"] = "100000",
        }));
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

    /// <summary>The absolute address of a page of the running site.</summary>
    public string Url(string slug, Language language) => new SiteUrls(BaseUrl).Absolute(slug, language);

    public async Task<int> StoredCountAsync() => await Store.QueryAsync(new InquiryQuery(), CancellationToken.None).CountAsync();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await HtmlChecker.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "built site in Chromium";
}
