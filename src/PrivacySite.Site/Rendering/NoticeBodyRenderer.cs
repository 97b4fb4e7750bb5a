using PrivacySite.Content.Addresses;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.History;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Site.Markdown;
using PrivacySite.Site.Planning;
using PrivacySite.Theme.Notice;
using PrivacySite.Theme.Rendering;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Rendering;

/// <summary>Renders the main text of every notice page (a section, or the full notice) once, in both languages.</summary>
internal static class NoticeBodyRenderer
{
    /// <param name="plan">The site's pages and where it is published, for the links to the forms and those in sections written in Markdown.</param>
    /// <param name="diagnostics">Where UI words the notice needs but the strings files lack are reported, as the rest of the build reports them.</param>
    /// <param name="versions">The notice's past versions: the full notice of each is rendered too, with today's UI words, under its history page's slug.</param>
    public static async Task<NoticeBodies> RenderAsync(ContentSet content, SitePlan plan, DiagnosticBag diagnostics, IReadOnlyList<NoticeVersion>? versions = null)
    {
        var urls = plan.Urls;
        var markdown = new MarkdownRenderer(plan);
        var text = Languages.All.ToDictionary(l => l, l => new UiText(content.Strings[l], MissingUiString.ReportTo(diagnostics, content)));
        var bodies = new Dictionary<(string, Language), string>();
        var html = new ComponentHtmlRenderer();
        await using (html.ConfigureAwait(false))
        {
            foreach (var page in NoticePlanner.Pages(content))
            {
                bodies[(page.Slug, page.Language)] = await RenderAsync(html, page, content, text, urls, markdown).ConfigureAwait(false);
            }

            foreach (var version in versions ?? [])
            {
                if (version.Content is not { } old)
                {
                    continue;
                }

                foreach (var page in NoticePlanner.Pages(old with { Strings = content.Strings }).Where(p => p.Body is FullNoticeBody))
                {
                    bodies[(NoticeHistoryPlanner.VersionSlug(version.Date), page.Language)] = await RenderAsync(html, page, old, text, urls, markdown).ConfigureAwait(false);
                }
            }
        }

        return new NoticeBodies(bodies);
    }

    private static Task<string> RenderAsync(ComponentHtmlRenderer html, PlannedPage page, ContentSet content, Dictionary<Language, UiText> text, SiteUrls urls, MarkdownRenderer markdown)
    {
        var online = FormAddresses.Offered(content);
        var context = new NoticeContext(
            page.Language,
            text[page.Language],
            content.Notice.Complaints.Contact,
            online ? urls.Path(FormAddresses.RequestForm, page.Language) : null,
            online ? urls.Path(FormAddresses.ComplaintForm, page.Language) : null)
        {
            Markdown = parsed => markdown.Render(parsed, page.Language).Html,
        };
        return RenderAsync(html, page.Body, context);
    }

    private static Task<string> RenderAsync(ComponentHtmlRenderer html, PageBody body, NoticeContext context)
    {
        (IReadOnlyList<NoticeSection> Sections, bool WithTitles, IReadOnlyList<LocalizedText>? Intro) parts = body switch
        {
            NoticeSectionBody section => ([section.Section], false, null),
            FullNoticeBody full => (full.Sections, true, full.Notice.Page.Intro),
            _ => throw new ArgumentException($"{body.GetType().Name} is not a notice page", nameof(body)),
        };
        return html.RenderFragmentAsync<NoticeSections>(new Dictionary<string, object?>
        {
            [nameof(NoticeSections.Context)] = context,
            [nameof(NoticeSections.Sections)] = parts.Sections,
            [nameof(NoticeSections.WithTitles)] = parts.WithTitles,
            [nameof(NoticeSections.Intro)] = parts.Intro,
        });
    }
}
