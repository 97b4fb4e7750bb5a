using Microsoft.AspNetCore.Components;
using PrivacySite.Site.Planning;
using PrivacySite.Theme.Pages;
using PrivacySite.Theme.Rendering;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Rendering;

/// <summary>
/// Renders the notice's pages around their bodies, rendered once beforehand: the table of
/// contents is read off the body's headings, then the whole page is put around it.
/// </summary>
internal sealed class NoticePageRenderer(SitePlan plan, NoticeBodies bodies, ComponentHtmlRenderer html)
{
    public Task<string> RenderSectionAsync(NoticeSectionBody body, PlannedPage page, PageFrame frame)
    {
        var related = body.Contents
            .Select(c => new NavLink(plan.Urls.Path(c.Slug, frame.Language), c.Title[frame.Language], c.Slug == body.Section.Slug))
            .ToList();

        // The notice's past versions belong with its parts, where the build has them.
        if (plan.Pages.Any(p => p.Slug == NoticeHistoryPlanner.Slug))
        {
            related.Add(new NavLink(plan.Urls.Path(NoticeHistoryPlanner.Slug, frame.Language), frame.Text["history.title"], Current: false));
        }

        return RenderPageAsync(page, frame, bodies[body.Section.Slug, frame.Language], related, StartLinks.For(plan, body.Section.Slug, frame));
    }

    public Task<string> RenderFullAsync(PlannedPage page, PageFrame frame) =>
        RenderPageAsync(page, frame, bodies[page.Slug, frame.Language], related: null, starts: []);

    private Task<string> RenderPageAsync(PlannedPage page, PageFrame frame, string body, IReadOnlyList<NavLink>? related, IReadOnlyList<StartLink> starts) =>
        html.RenderDocumentAsync<ArticlePage>(new Dictionary<string, object?>
        {
            [nameof(ArticlePage.Frame)] = frame,
            [nameof(ArticlePage.Body)] = new MarkupString(body),
            [nameof(ArticlePage.Toc)] = HeadingOutline.Read(body),
            [nameof(ArticlePage.Related)] = related,
            [nameof(ArticlePage.RelatedLabel)] = frame.Text["notice.section_nav"],
            [nameof(ArticlePage.TranslationOutdated)] = page.TranslationOutdated,
            [nameof(ArticlePage.Starts)] = starts,
        });
}
