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
    private readonly List<WebApplication> _apps = [];
    private WebApplication? _app;
    private IPlaywright? _playwright;

    /// <summary>The OpenID Connect provider the sample site's desk signs staff in with.</summary>
    private readonly OidcProviderProcess _provider = new();

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

    /// <summary>Every fixture society's site, served the same way (the sample's is this fixture's own), for the checks every society must pass.</summary>
    public IReadOnlyDictionary<string, ServedSite> Societies { get; private set; } = new Dictionary<string, ServedSite>();

    public async Task InitializeAsync()
    {
        HtmlChecker = NuHtmlChecker.Start();
        Forms = new FormText(ContentChecks.Run(RepoPaths.SampleSociety, new DiagnosticBag())!.Forms);
        var societies = new Dictionary<string, ServedSite>();
        foreach (var name in RepoPaths.Societies)
        {
            var output = name == "sample" ? OutputRoot : Path.Combine(_work, name, "output");
            var store = name == "sample" ? StoreFolder : Path.Combine(_work, name, "inquiries");
            var app = await ServeAsync(RepoPaths.Society(name), output, store, desk: name == "sample");
            _app ??= name == "sample" ? app : null;
            societies[name] = new ServedSite(output, app.Address());
        }

        Societies = societies;
        BaseUrl = Societies["sample"].BaseUrl;
        PostcodeSite = await ServePostcodeSiteAsync();
        await _provider.StartAsync(BaseUrl.TrimEnd('/') + "/api/desk/signin-oidc", BaseUrl.TrimEnd('/') + "/api/desk/signout-callback-oidc");
        (_playwright, Browser) = await Support.Browser.LaunchAsync();
    }

    /// <summary>The sample society's site with the forms' postcode lookup turned on (<c>postcode_lookup: true</c> in site.yaml).</summary>
    public ServedSite PostcodeSite { get; private set; } = null!;

    private async Task<ServedSite> ServePostcodeSiteAsync()
    {
        var content = Path.Combine(_work, "postcodes", "content");
        TestFiles.CopyFolder(RepoPaths.SampleSociety, content);
        var site = Path.Combine(content, "site.yaml");
        await File.WriteAllTextAsync(site, (await File.ReadAllTextAsync(site)) + "postcode_lookup: true\n");
        var output = Path.Combine(_work, "postcodes", "output");
        var app = await ServeAsync(content, output, Path.Combine(_work, "postcodes", "inquiries"), desk: false);
        return new ServedSite(output, app.Address());
    }

    /// <summary>Every page path of the sample site (from the sitemap) plus the 404 page.</summary>
    public IReadOnlyList<string> PagePaths() => Societies["sample"].PagePaths();

    private async Task<WebApplication> ServeAsync(string content, string output, string store, bool desk)
    {
        // The notice's history pages come from a throwaway repository (NoticeHistoryPageTests), never the project's own history.
        var result = await SiteBuilder.BuildAsync(new BuildOptions(content, output, RepoPaths.ThemeAssets, "https://privacy.example.org/", NoticeHistory: false));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        }

        var settings = new Dictionary<string, string?>
        {
            ["InquiryStore:Path"] = store,

            // Every test submits from 127.0.0.1; the limit itself is tested in the intake's own tests.
            ["Intake:RateLimit:PermitLimit"] = "100000",
        };
        if (desk)
        {
            // The provider starts once the site's address (the redirect URI's) is known; the desk reads its discovery document at the first sign-in.
            settings["Intake:Desk:Authority"] = _provider.Issuer;
            settings["Intake:Desk:ClientId"] = OidcProviderProcess.ClientId;
            settings["Intake:Desk:ClientSecret"] = OidcProviderProcess.ClientSecret;
        }

        var app = LocalSiteApp.Create(output, port: 0, intake: new LocalIntake(content, settings));
        await app.StartAsync();
        _apps.Add(app);
        return app;
    }

    /// <summary>The absolute address of a page of the running site.</summary>
    public string Url(string slug, Language language) => new SiteUrls(BaseUrl).Absolute(slug, language);

    public async Task<int> StoredCountAsync() => await Store.QueryAsync(new InquiryQuery(), CancellationToken.None).CountAsync();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        await HtmlChecker.DisposeAsync();
        await _provider.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }
}

/// <summary>One fixture society's built site and the address it is served at.</summary>
public sealed record ServedSite(string OutputRoot, string BaseUrl)
{
    /// <summary>Every page path of the site (from the sitemap) plus the 404 page.</summary>
    public IReadOnlyList<string> PagePaths()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Load(Path.Combine(OutputRoot, "sitemap.xml"));
        return [.. sitemap.Root!.Elements(ns + "url").Select(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath), "/404.html"];
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "built site in Chromium";
}
