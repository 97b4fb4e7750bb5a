using Microsoft.AspNetCore.Components;
using PrivacySite.Content.Model;
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
    public Task<string> RenderSectionAsync(NoticeSectionBody body, PageFrame frame)
    {
        var related = body.Contents
            .Select(c => new NavLink(plan.Urls.Path(c.Slug, frame.Language), c.Title[frame.Language], c.Slug == body.Section.Slug))
            .ToList();
        return RenderAsync(frame, [body.Section], withTitles: false, intro: null, related);
    }

    public Task<string> RenderFullAsync(FullNoticeBody body, PageFrame frame) =>
        RenderAsync(frame, body.Sections, withTitles: true, body.Notice.Page.Intro, related: null);

    private async Task<string> RenderAsync(PageFrame frame, IReadOnlyList<NoticeSection> sections, bool withTitles,
        IReadOnlyList<LocalizedText>? intro, IReadOnlyList<NavLink>? related)
    {
        var body = await html.RenderFragmentAsync<NoticeSections>(new Dictionary<string, object?>
        {
            [nameof(NoticeSections.Context)] = Context(frame),
            [nameof(NoticeSections.Sections)] = sections,
            [nameof(NoticeSections.WithTitles)] = withTitles,
            [nameof(NoticeSections.Intro)] = intro,
        });
        return await html.RenderDocumentAsync<ArticlePage>(new Dictionary<string, object?>
        {
            [nameof(ArticlePage.Frame)] = frame,
            [nameof(ArticlePage.Body)] = new MarkupString(body),
            [nameof(ArticlePage.Toc)] = HeadingOutline.Read(body),
            [nameof(ArticlePage.Related)] = related,
            [nameof(ArticlePage.RelatedLabel)] = frame.Text["notice.section_nav"],
        });
    }

    private NoticeContext Context(PageFrame frame) => new(
        frame.Language,
        frame.Text,
        plan.Content.Notice.Complaints.Contact,
        plan.Urls.Path(FormPlanner.RequestFormSlug, frame.Language),
        plan.Urls.Path(FormPlanner.ComplaintFormSlug, frame.Language));
}
