namespace PrivacySite.Theme.ViewModels.Desk;

/// <summary>A labelled value of the inquiry: what the member wrote, or a fact of its handling.</summary>
public sealed record DetailItem(string Label, string Value);

/// <summary>One entry of the history, already in the page's language.</summary>
public sealed record DetailHistoryRow(string At, string What, string Actor, string Note);

/// <summary>
/// One inquiry: its facts (due date, days left, status, assignee), everything the member wrote, the history,
/// and the forms of the actions the signed-in role may take (none for a viewer).
/// </summary>
public sealed record DetailView(
    string Reference,
    IReadOnlyList<DetailItem> Facts,
    IReadOnlyList<DetailItem> Answers,
    IReadOnlyList<DetailHistoryRow> History,
    DetailActions? Actions,
    string? Notice,
    IReadOnlyList<DetailDocument>? Documents = null);

/// <summary>One identity document sent with the inquiry: its description and the address that opens it (each opening is audited).</summary>
public sealed record DetailDocument(string Label, string Href);

/// <summary>The action forms on an open inquiry: the workflow steps allowed from its status, extension and assignment.</summary>
public sealed record DetailActions(string StatusAction, IReadOnlyList<FilterOption> Steps, string ExtendAction, string AssignAction, string Assignee);
