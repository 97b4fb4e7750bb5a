namespace PrivacySite.Theme.ViewModels.Desk;

/// <summary>One line of the inbox, every value already in the page's language.</summary>
public sealed record InboxRow(string Reference, string Href, string Kind, string Received, string Due, string Status, string DaysLeft, bool Overdue, bool Paused, string Assignee);

/// <summary>A choice of a filter's drop-down list.</summary>
public sealed record FilterOption(string Value, string Label, bool Selected);

/// <summary>A filter of the inbox: its query name, label and choices (the first is "all").</summary>
public sealed record InboxFilter(string Name, string Label, IReadOnlyList<FilterOption> Options);

/// <summary>The inbox: filters, counts, one page of inquiries (overdue first, then by due date) and the links to the pages beside it.</summary>
public sealed record InboxView(
    string Action,
    IReadOnlyList<InboxFilter> Filters,
    int Total,
    int Overdue,
    int Paused,
    IReadOnlyList<InboxRow> Rows,
    string PageLabel,
    string? PreviousHref,
    string? NextHref,
    string ExportAction);
