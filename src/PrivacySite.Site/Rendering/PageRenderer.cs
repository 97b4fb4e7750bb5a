using PrivacySite.Content.Addresses;
using PrivacySite.Content.Model;
using PrivacySite.Site.Accessibility;
using PrivacySite.Site.Markdown;
using PrivacySite.Site.Planning;
using PrivacySite.Theme.Layout;
using PrivacySite.Theme.Pages;
using PrivacySite.Theme.Rendering;

namespace PrivacySite.Site.Rendering;

/// <summary>The render stage for one worker: a planned page in, a finished HTML document out.</summary>
/// <param name="noticeBodies">The notice pages' main text, rendered once for all workers, which this only wraps in the page.</param>
public sealed class PageRenderer(SitePlan plan, FrameFactory frames, NoticeBodies noticeBodies) : IAsyncDisposable
{
    private readonly ComponentHtmlRenderer _html = new();
    private readonly MarkdownRenderer _markdown = new(plan);
    private FormPageRenderer? _forms;
    private NoticeHistoryRenderer? _history;

    private NoticePageRenderer Notice => new(plan, noticeBodies, _html);

    private FormPageRenderer Forms => _forms ??= new(plan, _html);

    private NoticeHistoryRenderer History => _history ??= new(plan, noticeBodies, _html);

    public async Task<RenderedFile> RenderAsync(PlannedPage page)
    {
        var frame = frames.For(page.Slug, page.Language, page.Title, page.Description);
        var html = page.Body switch
        {
            MarkdownBody body => await RenderMarkdownAsync(body, page, frame),
            NoticeSectionBody body => await Notice.RenderSectionAsync(body, page, frame),
            FullNoticeBody => await Notice.RenderFullAsync(page, frame),
            FormBody body => await Forms.RenderAsync(body, frame),
            NoticeHistoryBody body => await History.RenderListAsync(body, frame),
            NoticeVersionBody body => await History.RenderVersionAsync(body, page, frame),
            _ => throw new NotSupportedException($"no component renders {page.Body.GetType().Name}"),
        };
        return new RenderedFile(plan.Urls.OutputFile(page.Slug, page.Language), html);
    }

    public Task<string> RenderNotFoundAsync()
    {
        var title = string.Join(" / ", Languages.All.Select(l => frames.Text(l)["not_found.title"]));
        return _html.RenderDocumentAsync<NotFoundPage>(new Dictionary<string, object?>
        {
            [nameof(NotFoundPage.Japanese)] = frames.For(SiteUrls.HomeSlug, Language.Ja, title, null),
            [nameof(NotFoundPage.English)] = frames.For(SiteUrls.HomeSlug, Language.En, title, null),
        });
    }

    private Task<string> RenderMarkdownAsync(MarkdownBody body, PlannedPage page, Theme.ViewModels.PageFrame frame)
    {
        // Links follow the page's language even when the text shown is the Japanese original.
        var rendered = _markdown.Render(body.Source.Markdown, page.Language);
        return _html.RenderDocumentAsync<ArticlePage>(new Dictionary<string, object?>
        {
            [nameof(ArticlePage.Frame)] = frame,
            [nameof(ArticlePage.Body)] = new Microsoft.AspNetCore.Components.MarkupString(rendered.Html),
            [nameof(ArticlePage.Toc)] = rendered.Toc,
            [nameof(ArticlePage.Untranslated)] = page.Untranslated,
            [nameof(ArticlePage.TranslationOutdated)] = page.TranslationOutdated,
            [nameof(ArticlePage.Starts)] = StartLinks.For(plan, page.Slug, frame),
            [nameof(ArticlePage.Accessibility)] = page.Slug == AccessibilityPage.Slug && plan.Accessibility is { } statement
                ? AccessibilityPage.View(statement, frame.Text, plan.Urls, page.Language)
                : null,
        });
    }

    public ValueTask DisposeAsync() => _html.DisposeAsync();
}
