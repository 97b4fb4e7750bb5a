namespace PrivacySite.Theme.ViewModels.Desk;

/// <summary>A labelled value of the inquiry: what the member wrote, or a fact of its handling.</summary>
public sealed record DetailItem(string Label, string Value);

/// <summary>One entry of the history, already in the page's language.</summary>
public sealed record DetailHistoryRow(string At, string What, string Actor, string Note);

/// <summary>One message stored about the inquiry (an e-mail to the member, the office's announcement) and how its sending stands.</summary>
public sealed record DetailMessageRow(string Channel, string What, string State, int Attempts, string LastResult);

/// <summary>
/// One inquiry: its facts (due date, days left, status, assignee), everything the member wrote, the history,
/// the messages about it and whether they were sent (<paramref name="MailNotConfigured"/>: e-mails wait for a mail server),
/// and the forms of the actions the signed-in role may take (none for a viewer).
/// </summary>
public sealed record DetailView(
    string Reference,
    IReadOnlyList<DetailItem> Facts,
    IReadOnlyList<DetailItem> Answers,
    IReadOnlyList<DetailHistoryRow> History,
    IReadOnlyList<DetailMessageRow> Messages,
    bool MailNotConfigured,
    DetailActions? Actions,
    string? Notice,
    IReadOnlyList<DetailDocument>? Documents = null);

/// <summary>One identity document sent with the inquiry: its description and the address that opens it (each opening is audited).</summary>
public sealed record DetailDocument(string Label, string Href);

/// <summary>
/// A workflow step that e-mails the member, shown before it is taken: the e-mail as the member will read it
/// (in <paramref name="Lang"/>, their language), and the form that takes the step with the same values.
/// </summary>
public sealed record StatusConfirmView(string Intro, string Lang, string Subject, IReadOnlyList<IReadOnlyList<string>> Paragraphs,
    string Action, string To, string Note, string BackHref);

/// <summary>The action forms on an open inquiry: the workflow steps allowed from its status, extension and assignment.</summary>
public sealed record DetailActions(string StatusAction, IReadOnlyList<FilterOption> Steps, string ExtendAction, string AssignAction, string Assignee);
