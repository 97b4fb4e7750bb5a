using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Theme.ViewModels.Forms;

/// <summary>
/// The confirmation after a form was stored: the reference number, what happens next (for a request:
/// the identity documents, the fees and the response times; for a complaint: how it is handled), whom
/// to contact. Nothing the person typed is on it.
/// </summary>
/// <remarks><paramref name="Summary"/> is null when the inquiry could not be looked up (the receipt then says only what is true of every one).</remarks>
public sealed record ReceiptView(
    string Heading,
    string ReferenceLabel,
    string Reference,
    string KeepReference,
    string? EmailNote,
    ReceiptSummary? Summary,
    string NextSteps,
    RequestReceiptDetails? Request,
    TitledList? Handling,
    string ContactHeading,
    ContactPoint Desk,
    ReceiptStatusCode? StatusCode = null);

/// <summary>The status page's code on the receipt (shown only in its fresh hour, to the browser that sent the form), what it is for, and the link to the status page.</summary>
public sealed record ReceiptStatusCode(string Label, string Code, string Note, string LinkText, string Href);

/// <summary>
/// What was received: when (in Japan time), what kind, who is asking and what a request asks for
/// (choices, never anything typed), and the date an answer is due.
/// </summary>
public sealed record ReceiptSummary(
    string Title,
    string ReceivedLabel,
    DateTime ReceivedInJapan,
    string TimeZone,
    string KindLabel,
    string Kind,
    IReadOnlyList<(string Label, string Value)> Choices,
    string DueLabel,
    DateOnly DueOn);

/// <summary>
/// What a person who sent a request does next: send or bring identity documents, and pay any fee.
/// <paramref name="Requester"/> (person, legal_representative, appointed_agent) and <paramref name="ProcedureKeys"/>
/// (keys of notice/requests.yaml) narrow the documents and fees to the ones that apply; null shows them all.
/// </summary>
public sealed record RequestReceiptDetails(
    string DocumentsTitle, string DocumentsIntro, string FeesTitle, string FeesIntro, RequestProcedures Procedures,
    string? Requester = null, IReadOnlyList<string>? ProcedureKeys = null);

/// <summary>A page that only explains a situation, such as "we cannot accept submissions right now".</summary>
public sealed record MessageView(string Heading, string Body);
