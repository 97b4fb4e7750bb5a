using System.Globalization;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Model;
using PrivacySite.Theme.ViewModels.Desk;
using ThemeFilter = PrivacySite.Theme.ViewModels.Desk.InboxFilter;

namespace PrivacySite.Intake.Desk;

/// <summary>Builds the inbox page: the inquiries matching the criteria, overdue first and then by due date, one page of them, in the page's language.</summary>
internal sealed class InboxViewFactory(DeskPages pages)
{
    public InboxView Build(IReadOnlyList<InquiryRecord> all, InquiryDesk desk, InboxCriteria criteria, Language language)
    {
        var ui = pages.Ui(language);
        var matching = all.Where(r => criteria.Matches(r, desk))
            .OrderByDescending(desk.IsOverdue).ThenBy(desk.EffectiveDueOn).ThenBy(r => r.ReceivedAt)
            .ToList();
        var pageCount = Math.Max(1, (matching.Count + InboxCriteria.PageSize - 1) / InboxCriteria.PageSize);
        var page = Math.Min(criteria.Page, pageCount);
        var inbox = DeskRoutes.Inbox(language);
        return new InboxView(
            inbox,
            Filters(criteria, all, language),
            matching.Count,
            matching.Count(desk.IsOverdue),
            matching.Count(r => r.IsPaused),
            [.. matching.Skip((page - 1) * InboxCriteria.PageSize).Take(InboxCriteria.PageSize).Select(r => Row(r, desk, language))],
            string.Format(CultureInfo.InvariantCulture, ui["desk.page"], page, pageCount),
            page > 1 ? inbox + (criteria with { Page = page - 1 }).QueryFor(page - 1) : null,
            page < pageCount ? inbox + (criteria with { Page = page + 1 }).QueryFor(page + 1) : null,
            DeskRoutes.Export(language));
    }

    public InboxRow Row(InquiryRecord record, InquiryDesk desk, Language language) => new(
        record.Reference.Value,
        DeskRoutes.Detail(language, record.Reference),
        pages.KindName(record.Kind, language),
        DeskTimes.Time(record.ReceivedAt),
        DeskTimes.Date(desk.EffectiveDueOn(record)),
        pages.StatusName(record.Status, language),
        record.Status.IsClosed() ? "-" : desk.DaysLeft(record).ToString(CultureInfo.InvariantCulture),
        desk.IsOverdue(record),
        record.IsPaused,
        record.Assignee ?? "-");

    private IReadOnlyList<ThemeFilter> Filters(InboxCriteria criteria, IReadOnlyList<InquiryRecord> all, Language language)
    {
        var ui = pages.Ui(language);
        FilterOption Option(string value, string label, string selected) => new(value, label, value == selected);
        var assignees = all.Select(r => r.Assignee).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return
        [
            new ThemeFilter("status", ui["desk.filters.status"],
            [
                Option(InboxCriteria.Open, ui["desk.filters.open"], criteria.Status),
                Option(InboxCriteria.All, ui["desk.filters.all"], criteria.Status),
                .. InquiryStatuses.All.Select(s => Option(s.Name(), pages.StatusName(s, language), criteria.Status)),
            ]),
            new ThemeFilter("kind", ui["desk.filters.kind"],
            [
                Option(InboxCriteria.All, ui["desk.filters.all"], criteria.Kind),
                .. InquiryKinds.All.Select(k => Option(k.Slug(), pages.KindName(k, language), criteria.Kind)),
            ]),
            new ThemeFilter("due", ui["desk.filters.due"],
            [
                Option(InboxCriteria.All, ui["desk.filters.all"], criteria.Due),
                Option(InboxCriteria.Overdue, ui["desk.filters.overdue"], criteria.Due),
                Option(InboxCriteria.Week, ui["desk.filters.week"], criteria.Due),
            ]),
            new ThemeFilter("assignee", ui["desk.filters.assignee"],
            [
                Option(InboxCriteria.All, ui["desk.filters.all"], criteria.Assignee),
                Option(InboxCriteria.Unassigned, ui["desk.filters.unassigned"], criteria.Assignee),
                .. assignees.Select(a => Option(a, a, criteria.Assignee)),
            ]),
        ];
    }
}
