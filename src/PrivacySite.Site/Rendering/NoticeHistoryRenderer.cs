using Microsoft.AspNetCore.Components;
using PrivacySite.Content.History.Changes;
using PrivacySite.Content.Model;
using PrivacySite.Site.Planning;
using PrivacySite.Theme.Pages;
using PrivacySite.Theme.Rendering;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Rendering;

/// <summary>Renders the notice's history: the list of versions, and each version with its changes and its full text (rendered beforehand).</summary>
internal sealed class NoticeHistoryRenderer(SitePlan plan, NoticeBodies bodies, ComponentHtmlRenderer html)
{
    public Task<string> RenderListAsync(NoticeHistoryBody body, PageFrame frame)
    {
        var shown = plan.Pages.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<NoticeHistoryEntry> entries =
        [
            .. body.Versions.Reverse().Select(v =>
            {
                var slug = NoticeHistoryPlanner.VersionSlug(v.Date);
                return new NoticeHistoryEntry(v.Date, v.Summary, shown.Contains(slug) ? plan.Urls.Path(slug, frame.Language) : null);
            }),
        ];
        return html.RenderDocumentAsync<NoticeHistoryPage>(new Dictionary<string, object?>
        {
            [nameof(NoticeHistoryPage.Frame)] = frame,
            [nameof(NoticeHistoryPage.Entries)] = entries,
        });
    }

    public Task<string> RenderVersionAsync(NoticeVersionBody body, PlannedPage page, PageFrame frame) =>
        html.RenderDocumentAsync<NoticeVersionPage>(new Dictionary<string, object?>
        {
            [nameof(NoticeVersionPage.Frame)] = frame,
            [nameof(NoticeVersionPage.Summary)] = body.Version.Summary,
            [nameof(NoticeVersionPage.Changes)] = body.Changes is null ? null : InLanguage(body.Changes, frame),
            [nameof(NoticeVersionPage.HistoryHref)] = plan.Urls.Path(NoticeHistoryPlanner.Slug, frame.Language),
            [nameof(NoticeVersionPage.Body)] = new MarkupString(bodies[page.Slug, frame.Language]),
        });

    /// <summary>The words the notice's pages label these fields with, so a changed number or phone says what it is.</summary>
    private static readonly Dictionary<string, string> FieldLabels = new(StringComparer.Ordinal)
    {
        ["fee.yen"] = "notice.requests.fee",
        ["response_days"] = "notice.requests.response",
        ["phone"] = "notice.contact.phone",
        ["fax"] = "notice.contact.fax",
        ["email"] = "notice.contact.email",
        ["hours"] = "notice.contact.hours",
    };

    /// <summary>The changes as this language's page reads them; one that leaves this language's text as it was is not shown here.</summary>
    private static IReadOnlyList<TextChange> InLanguage(IReadOnlyList<ContentChange> changes, PageFrame frame) =>
    [
        .. changes
            .Where(c => c.Before?.In(frame.Language) != c.After?.In(frame.Language))
            .Select(c => new TextChange(
                string.Join(" › ", new[] { c.Section }.Concat(c.Where).Select(p => p.In(frame.Language))
                    .Concat(c.Field is { } field && FieldLabels.TryGetValue(field, out var key) ? [frame.Text[key]] : [])),
                c.Before?.In(frame.Language),
                c.After?.In(frame.Language))),
    ];
}
