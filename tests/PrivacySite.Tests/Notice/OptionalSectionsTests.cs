using AngleSharp.Html.Parser;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Site;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// The sections the law does not ask every society for (consignees, joint use, third-party provision,
/// My Number) are published only when the society writes their file: without it there is no page,
/// no part of the full notice, no menu entry, and a link to it is a mistake, never a section invented.
/// </summary>
public sealed class OptionalSectionsTests
{
    public static TheoryData<string, string> Sections => new()
    {
        { "notice/consignees.yaml", "consignees" },
        { "notice/joint-use.yaml", "joint-use" },
        { "notice/third-party-provision.yaml", "third-party-provision" },
        { "notice/my-number.yaml", "my-number" },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task A_section_left_out_is_not_published_and_nothing_links_to_it(string file, string slug)
    {
        using var content = new ContentCopy();
        content.Delete(file);
        foreach (var page in new[] { "pages/index.ja.md", "pages/index.en.md" })
        {
            content.Write(page, string.Join('\n', content.Read(page).Split('\n').Where(l => !l.Contains($"({slug}.md)", StringComparison.Ordinal))));
        }

        var result = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, NoticeHistory: false));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PS0002");
        Assert.False(Directory.Exists(Path.Combine(content.OutputRoot, slug)));
        Assert.False(Directory.Exists(Path.Combine(content.OutputRoot, "en", slug)));
        foreach (var html in Directory.EnumerateFiles(content.OutputRoot, "*.html", SearchOption.AllDirectories))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(html));
            Assert.DoesNotContain(document.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains($"/{slug}/", StringComparison.Ordinal));
            Assert.Null(document.GetElementById(slug));
        }

        Assert.DoesNotContain($"/{slug}/", File.ReadAllText(Path.Combine(content.OutputRoot, "sitemap.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_still_links_to_a_section_left_out_is_an_error_at_the_link()
    {
        using var content = new ContentCopy();
        content.Delete("notice/my-number.yaml");
        var diagnostics = new DiagnosticBag();

        ContentChecks.Run(content.Root, diagnostics);

        var link = Assert.Single(diagnostics.ToList(), d => d.Code == "PS0302" && d.Location.File == "pages/index.ja.md");
        Assert.Contains("my-number.md", link.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_file_that_is_there_but_broken_still_stops_the_build()
    {
        using var content = new ContentCopy();
        content.Write("notice/joint-use.yaml", "page: [\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ContentChecks.Run(content.Root, diagnostics));
        Assert.Contains(diagnostics.ToList(), d => d.Code == "PS0101" && d.Location.File == "notice/joint-use.yaml");
    }
}
