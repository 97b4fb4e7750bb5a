using AngleSharp.Html.Parser;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Site;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// The fixture society every-section publishes every optional section (consignees, joint use, third-party provision,
/// My Number, retention) and two of its own (one in YAML, one in Markdown): it checks clean, and each becomes a page in
/// both languages, a part of the full notice where the society placed it and, with a nav_order, a menu entry. (As a
/// fixture society it also runs through the link, HTML and accessibility checks of <see cref="FixtureSocieties"/>.)
/// Its forms do not ask the insurance card or the phone number (asked: false in forms/fields.yaml).
/// </summary>
public sealed class EverySectionSocietyTests
{
    private const string Society = "every-section";

    [Fact]
    public async Task Every_optional_and_added_section_is_published_in_both_languages_where_the_society_placed_it()
    {
        using var output = new TempFolder();
        var result = await SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.Society(Society), output.Path, RepoPaths.ThemeAssets, Clock: FixedClock.SampleToday, NoticeHistory: false));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        string[] optional = ["consignees", "joint-use", "third-party-provision", "my-number", "retention"];
        string[] added = ["health-checkups", "data-breach"];
        foreach (var slug in optional.Concat(added))
        {
            foreach (var prefix in new[] { "", "en/" })
            {
                var page = Parse(output, $"{prefix}{slug}/index.html");
                Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("h1")?.TextContent), $"{prefix}{slug} has no title");
                Assert.True(page.QuerySelectorAll("main h2[id], main table, main ul, main p").Length > 1, $"{prefix}{slug} has no text");
            }
        }

        var order = Parse(output, "en/notice/index.html").QuerySelectorAll("section.notice-section").Select(s => s.GetAttribute("aria-labelledby")!).ToList();
        Assert.Equal(
            ["handler", "purposes", "health-checkups", "safety-measures", "data-breach", "consignees", "joint-use", "third-party-provision", "my-number", "retention", "requests", "complaints", "revisions"],
            order);

        var menu = Parse(output, "index.html").QuerySelectorAll("nav.site-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/retention/", menu);
        Assert.Contains("/health-checkups/", menu);
        Assert.Contains("/data-breach/", menu);

        var breach = Parse(output, "en/data-breach/index.html");
        Assert.Equal("/en/complaints/#complaints-contact", breach.QuerySelector("main a[href*='complaints']")!.GetAttribute("href"));
        Assert.Equal(["Programme", "What is used"], Parse(output, "en/health-checkups/index.html").QuerySelectorAll("main table thead th").Select(th => th.TextContent));

        var form = Parse(output, "requests/form/index.html").QuerySelector("form")!;
        Assert.Empty(form.QuerySelectorAll("input[name='card_symbol'], input[name='card_number'], input[name='phone']"));
        Assert.Equal(["email", "post"], form.QuerySelectorAll("input[name='contact_preference']").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public void It_checks_with_no_error_and_no_warning()
    {
        var diagnostics = new DiagnosticBag();

        Assert.NotNull(ContentChecks.Run(RepoPaths.Society(Society), diagnostics, TimeProvider.System));
        Assert.Empty(diagnostics.ToList().Select(d => d.Format()));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(TempFolder output, string file) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output.Path, file)));
}
