using System.Text.Json;
using AngleSharp.Html.Parser;

namespace PrivacySite.Tests.Cli;

/// <summary>
/// Where the built forms post: `build --intake-url` points them (and the CSP) at the intake service's
/// own address; `--forms-disabled` replaces them with a notice on preview builds.
/// </summary>
public sealed class FormBuildOptionsTests
{
    [Theory]
    [InlineData(null, "requests/form/index.html", "/api/inquiries/request", "/api/inquiries/receipt/ja?ref=", "'self';")]
    [InlineData("https://intake.example.org/", "en/complaints/form/index.html",
        "https://intake.example.org/api/inquiries/complaint", "https://intake.example.org/api/inquiries/receipt/en?ref=", "'self' https://intake.example.org;")]
    public async Task Forms_post_to_api_on_the_site_or_to_the_intake_url_which_the_CSP_then_allows(
        string? intakeUrl, string page, string action, string receipt, string allowed)
    {
        using var folder = new TempFolder();
        string[] intake = intakeUrl is null ? [] : ["--intake-url", intakeUrl];
        var (exit, _, stderr) = await CliProcess.RunAsync(RepoPaths.Root, ["build", "--content", RepoPaths.SampleSociety, "--output", folder.Combine("out"), .. intake]);

        Assert.True(exit == 0, stderr);
        var form = Page(folder, page).QuerySelector("form")!;
        Assert.Equal(action, form.GetAttribute("action"));
        Assert.Equal(receipt, form.GetAttribute("data-receipt-url"));
        var csp = Csp(folder);
        Assert.Contains("form-action " + allowed, csp, StringComparison.Ordinal);
        Assert.Contains("connect-src " + allowed, csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_forms_disabled_the_form_pages_say_so_in_their_language_and_the_procedures_still_link_to_them()
    {
        using var folder = new TempFolder();
        var (exit, _, stderr) = await CliProcess.RunAsync(RepoPaths.Root, "build", "--content", RepoPaths.SampleSociety, "--output", folder.Combine("out"), "--forms-disabled");

        Assert.True(exit == 0, stderr);
        foreach (var (page, title) in new[]
        {
            ("requests/form/index.html", "このプレビュー版ではフォームを使えません"),
            ("en/complaints/form/index.html", "Forms are turned off in this preview"),
        })
        {
            var document = Page(folder, page);
            Assert.Null(document.QuerySelector("form"));
            Assert.Empty(document.QuerySelectorAll("script"));
            Assert.Equal(title, document.QuerySelector("main .message h2")!.TextContent);
            Assert.Contains(document.QuerySelectorAll("main dd a"), a => a.GetAttribute("href") == "tel:0300000000");
        }

        Assert.Equal("/requests/form/", Page(folder, "requests/index.html").QuerySelector("a.action-link")!.GetAttribute("href"));
        Assert.Equal("/en/complaints/form/", Page(folder, "en/complaints/index.html").QuerySelector("a.action-link")!.GetAttribute("href"));
        Assert.Contains("form-action 'self';", Csp(folder), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("intake.example.org")]
    [InlineData("ftp://intake.example.org")]
    [InlineData("https://intake.example.org/?key=1")]
    public async Task An_intake_url_that_is_not_an_http_address_stops_the_build_and_keeps_the_output(string url)
    {
        using var folder = new TempFolder();
        var (exit, stdout, stderr) = await CliProcess.RunAsync(RepoPaths.Root, "build", "--content", RepoPaths.SampleSociety, "--output", folder.Combine("out"), "--intake-url", url);

        Assert.Equal(1, exit);
        Assert.Contains($"'{url}'", stderr, StringComparison.Ordinal);
        Assert.Contains("https://", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Page(TempFolder folder, string page) =>
        new HtmlParser().ParseDocument(File.ReadAllText(folder.Combine("out", page)));

    private static string Csp(TempFolder folder)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(folder.Combine("out", "staticwebapp.config.json")));
        return config.RootElement.GetProperty("globalHeaders").GetProperty("Content-Security-Policy").GetString()!;
    }
}
