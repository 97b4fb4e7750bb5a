using Microsoft.AspNetCore.Components;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Site.Planning;
using PrivacySite.Theme.Notice;
using PrivacySite.Theme.Pages;
using PrivacySite.Theme.Rendering;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Rendering;

/// <summary>
/// Renders the notice's pages: the sections' body first, so the table of contents can be read
/// off its headings, then the whole page around it.
/// </summary>
internal sealed class NoticePageRenderer(SitePlan plan, ComponentHtmlRenderer html)
{
    public async Task<string> RenderSectionAsync(NoticeSectionBody body, PageFrame frame)
    {
        var related = body.Contents
            .Select(c => new NavLink(plan.Urls.Path(c.Slug, frame.Language), c.Title[frame.Language], c.Slug == body.Section.Slug))
            .ToList();
        return await RenderPageAsync(frame, await RenderBodyAsync(html, body, Context(frame)), related);
    }

    public async Task<string> RenderFullAsync(FullNoticeBody body, PageFrame frame) =>
        await RenderPageAsync(frame, await RenderBodyAsync(html, body, Context(frame)), related: null);

    /// <summary>The main text of a notice page (a section, or the full notice), without the page around it.</summary>
    public static Task<string> RenderBodyAsync(ComponentHtmlRenderer html, PageBody body, NoticeContext context)
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

    private Task<string> RenderPageAsync(PageFrame frame, string body, IReadOnlyList<NavLink>? related) =>
        html.RenderDocumentAsync<ArticlePage>(new Dictionary<string, object?>
        {
            [nameof(ArticlePage.Frame)] = frame,
            [nameof(ArticlePage.Body)] = new MarkupString(body),
            [nameof(ArticlePage.Toc)] = HeadingOutline.Read(body),
            [nameof(ArticlePage.Related)] = related,
            [nameof(ArticlePage.RelatedLabel)] = frame.Text["notice.section_nav"],
        });

    private NoticeContext Context(PageFrame frame) => new(
        frame.Language,
        frame.Text,
        plan.Content.Notice.Complaints.Contact,
        plan.Urls.Path(FormAddresses.RequestForm, frame.Language),
        plan.Urls.Path(FormAddresses.ComplaintForm, frame.Language));
}
