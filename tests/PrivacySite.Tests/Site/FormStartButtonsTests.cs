using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PrivacySite.Site;

namespace PrivacySite.Tests.Site;

/// <summary>
/// Start buttons to the forms right under the title of the home page (both forms), the request
/// procedures (the request form) and the complaint desk (the complaint form), in both languages;
/// the request form's only while the notice offers applying online; kept in a forms-disabled preview.
/// </summary>
public sealed class FormStartButtonsTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    public static TheoryData<string, string[]> Pages() => new()
    {
        { "index.html", ["/requests/form/", "/complaints/form/"] },
        { "en/index.html", ["/en/requests/form/", "/en/complaints/form/"] },
        { "requests/index.html", ["/requests/form/"] },
        { "en/requests/index.html", ["/en/requests/form/"] },
        { "complaints/index.html", ["/complaints/form/"] },
        { "en/complaints/index.html", ["/en/complaints/form/"] },
        { "policy/index.html", [] },
        { "en/purposes/index.html", [] },
        { "notice/index.html", [] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Pages_open_with_start_buttons_to_their_forms(string page, string[] forms)
    {
        var document = site.Parse(page);
        Assert.Equal(forms, Starts(document).Select(a => a.GetAttribute("href")));
        if (forms.Length > 0)
        {
            // Directly under the title, before the table of contents and the text.
            Assert.Equal("start-buttons", document.QuerySelector("main h1")!.NextElementSibling!.ClassName);
            Assert.All(Starts(document), a => Assert.False(string.IsNullOrWhiteSpace(a.TextContent)));
        }
    }

    [Fact]
    public void The_two_buttons_say_which_form_they_start_in_the_page_s_language()
    {
        Assert.Equal(["開示等の請求をオンラインで始める", "苦情・相談をオンラインで送る"], Starts(site.Parse("index.html")).Select(a => a.TextContent.Trim()));
        Assert.Equal(["Start a request online", "Send a complaint or question online"], Starts(site.Parse("en/index.html")).Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task Without_applying_online_among_the_ways_to_apply_there_is_no_button_to_the_request_form()
    {
        using var content = new ContentCopy();
        var requests = content.Read("notice/requests.yaml");
        var online = requests.IndexOf("    - channel: online", StringComparison.Ordinal);
        var post = requests.IndexOf("    - channel: post", StringComparison.Ordinal);
        content.Write("notice/requests.yaml", requests.Remove(online, post - online));
        await BuildAsync(content);

        Assert.Equal(["/complaints/form/"], Starts(content.ParseOutput("index.html")).Select(a => a.GetAttribute("href")));
        Assert.Empty(Starts(content.ParseOutput("en/requests/index.html")));
    }

    [Fact]
    public async Task A_preview_with_its_forms_disabled_keeps_the_buttons_which_lead_to_the_page_saying_so()
    {
        using var content = new ContentCopy();
        await BuildAsync(content, formsDisabled: true);

        Assert.Equal(["/requests/form/", "/complaints/form/"], Starts(content.ParseOutput("index.html")).Select(a => a.GetAttribute("href")));
        Assert.Null(content.ParseOutput("requests/form/index.html").QuerySelector("form"));
    }

    private static IEnumerable<IElement> Starts(IDocument document) => document.QuerySelectorAll("main .start-buttons a.button--start");

    private static async Task BuildAsync(ContentCopy content, bool formsDisabled = false)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, FormsDisabled: formsDisabled));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
    }
}
