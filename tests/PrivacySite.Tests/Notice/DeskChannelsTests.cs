using AngleSharp.Html.Parser;
using PrivacySite.Site;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// The desk shows the channels it really has, each with its own details and hours, and the online forms
/// exist only while the desk lists the online channel: without it no form page is built and nothing links to one.
/// </summary>
public sealed class DeskChannelsTests
{
    [Fact]
    public async Task An_e_mail_only_desk_shows_its_address_and_nothing_it_did_not_write()
    {
        using var content = new ContentCopy();
        EmailOnlyDesk.Apply(content.Root);

        await BuildAsync(content);

        foreach (var (page, labels) in new[] { ("complaints/index.html", new[] { "窓口", "電子メール", "責任者" }), ("en/complaints/index.html", ["Desk", "By e-mail", "Person responsible"]) })
        {
            var desk = content.ParseOutput(page).QuerySelector("#complaints-contact + dl")!;
            Assert.Equal(labels, desk.QuerySelectorAll("dt").Select(dt => dt.TextContent));
            Assert.Equal("mailto:privacy@example.org", desk.QuerySelector("dd a")!.GetAttribute("href"));
            Assert.DoesNotContain("〒", desk.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("100-0000", desk.TextContent, StringComparison.Ordinal);
            Assert.Null(desk.QuerySelector(".channel-hours"));
        }
    }

    [Fact]
    public async Task Each_channel_shows_its_own_hours()
    {
        using var content = new ContentCopy();
        await BuildAsync(content);

        var desk = content.ParseOutput("en/complaints/index.html").QuerySelector("#complaints-contact + dl")!;
        var channels = desk.QuerySelectorAll("dt").Zip(desk.QuerySelectorAll("dd")).ToDictionary(p => p.First.TextContent, p => p.Second);
        Assert.Equal(["Desk", "Online", "By phone", "By fax", "By e-mail", "By post", "In person", "Person responsible"], channels.Keys);
        Assert.NotNull(channels["By phone"].QuerySelector(".channel-hours"));
        Assert.NotNull(channels["In person"].QuerySelector(".channel-hours"));
        Assert.Null(channels["By post"].QuerySelector(".channel-hours"));
        Assert.Equal("/en/complaints/form/", channels["Online"].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Without_the_online_channel_no_form_page_exists_and_nothing_links_to_one()
    {
        using var content = new ContentCopy();
        EmailOnlyDesk.Apply(content.Root);

        await BuildAsync(content);

        Assert.False(Directory.Exists(Path.Combine(content.OutputRoot, "requests", "form")));
        Assert.False(Directory.Exists(Path.Combine(content.OutputRoot, "complaints", "form")));
        Assert.False(Directory.Exists(Path.Combine(content.OutputRoot, "en", "requests", "form")));
        Assert.DoesNotContain("/form/", File.ReadAllText(Path.Combine(content.OutputRoot, "sitemap.xml")), StringComparison.Ordinal);
        var pages = Directory.GetFiles(content.OutputRoot, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var document = content.ParseOutput(Path.GetRelativePath(content.OutputRoot, page));
            Assert.Empty(document.QuerySelectorAll("a[href*='/form/'], form, .start-buttons"));
        }
    }

    [Fact]
    public async Task With_the_online_channel_both_forms_are_built()
    {
        using var content = new ContentCopy();
        await BuildAsync(content);

        foreach (var form in new[] { "requests/form/index.html", "complaints/form/index.html", "en/requests/form/index.html", "en/complaints/form/index.html" })
        {
            Assert.NotNull(content.ParseOutput(form).QuerySelector("main form"));
        }
    }

    private static async Task BuildAsync(ContentCopy content)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, Clock: FixedClock.SampleToday));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == PrivacySite.Content.Diagnostics.Severity.Error);
    }
}
