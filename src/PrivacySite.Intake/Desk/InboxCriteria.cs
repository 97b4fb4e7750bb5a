using Microsoft.AspNetCore.Http;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Intake.Desk;

/// <summary>
/// The inbox's filters as the address carries them (<c>?status=open&amp;kind=request&amp;due=overdue&amp;assignee=none&amp;page=2</c>);
/// an unknown value is the default (open, any kind, any due date, anyone, the first page), never an error.
/// </summary>
internal sealed record InboxCriteria(string Status, string Kind, string Due, string Assignee, int Page)
{
    public const string All = "all";
    public const string Open = "open";
    public const string Overdue = "overdue";
    public const string Week = "week";
    public const string Unassigned = "none";
    public const int PageSize = 25;

    public static InboxCriteria From(IQueryCollection query)
    {
        var status = query["status"].ToString();
        status = status == All || status == Open || InquiryStatuses.TryParse(status, out _) ? status : Open;
        var kind = query["kind"].ToString();
        kind = InquiryKinds.TryParse(kind, out _) ? kind : All;
        var due = query["due"].ToString() is Overdue or Week ? query["due"].ToString() : All;
        var assignee = query["assignee"].ToString().Trim() is { Length: > 0 and <= 100 } named ? named : All;
        var page = int.TryParse(query["page"], out var number) && number is > 0 and < 100_000 ? number : 1;
        return new InboxCriteria(status, kind, due, assignee, page);
    }

    public bool Matches(InquiryRecord record, InquiryDesk desk) =>
        (Status == All || (Status == Open ? !record.Status.IsClosed() : record.Status.Name() == Status))
        && (Kind == All || record.Kind.Slug() == Kind)
        && (Due == All || (Due == Overdue ? desk.IsOverdue(record) : !record.Status.IsClosed() && desk.DaysLeft(record) is >= 0 and <= 7))
        && (Assignee == All || (Assignee == Unassigned ? record.Assignee is null : record.Assignee == Assignee));

    /// <summary>The query string of these filters on another page.</summary>
    public string QueryFor(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["status"] = Status, ["kind"] = Kind, ["due"] = Due, ["assignee"] = Assignee, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).ToString();
}
