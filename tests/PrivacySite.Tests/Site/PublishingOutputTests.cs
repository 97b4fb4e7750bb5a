using System.Text.Json;

namespace PrivacySite.Tests.Site;

/// <summary>What the static host needs from the build: its config, hashed assets, canonical URLs.</summary>
public sealed class PublishingOutputTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    [Fact]
    public void The_static_web_app_config_carries_every_security_header_and_the_404_override()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputRoot, "staticwebapp.config.json")));
        var headers = config.RootElement.GetProperty("globalHeaders");
        var csp = headers.GetProperty("Content-Security-Policy").GetString()!;
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
        Assert.StartsWith("max-age=", headers.GetProperty("Strict-Transport-Security").GetString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", headers.GetProperty("X-Content-Type-Options").GetString());
        Assert.Equal("no-referrer", headers.GetProperty("Referrer-Policy").GetString());
        Assert.Contains("camera=()", headers.GetProperty("Permissions-Policy").GetString(), StringComparison.Ordinal);
        Assert.Equal("no-cache", headers.GetProperty("Cache-Control").GetString());

        var assetRoute = Assert.Single(config.RootElement.GetProperty("routes").EnumerateArray());
        Assert.Equal("/assets/*", assetRoute.GetProperty("route").GetString());
        Assert.Contains("immutable", assetRoute.GetProperty("headers").GetProperty("Cache-Control").GetString(), StringComparison.Ordinal);

        var notFound = config.RootElement.GetProperty("responseOverrides").GetProperty("404");
        Assert.Equal("/404.html", notFound.GetProperty("rewrite").GetString());
        Assert.True(File.Exists(Path.Combine(site.OutputRoot, "404.html")));
    }

    [Fact]
    public void Stylesheets_carry_a_hash_of_their_content_and_pages_link_the_hashed_name()
    {
        var css = Assert.Single(Directory.GetFiles(Path.Combine(site.OutputRoot, "assets"), "site.*.css"));
        var hash = Path.GetFileName(css).Split('.')[1];
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(RepoPaths.ThemeAssets, "site.css"))))[..10];
        Assert.Equal(expected, hash);
        foreach (var file in site.HtmlFiles())
        {
            Assert.Equal($"/assets/site.{hash}.css", site.Parse(file).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void Every_page_has_a_canonical_url_from_the_base_url()
    {
        foreach (var file in site.HtmlFiles().Where(f => f != "404.html"))
        {
            var canonical = site.Parse(file).QuerySelector("link[rel=canonical]")!.GetAttribute("href");
            Assert.Equal(BuiltSiteFixture.BaseUrl + file[..^"index.html".Length], canonical);
        }
    }
}
