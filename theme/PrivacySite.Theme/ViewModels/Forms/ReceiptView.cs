using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Theme.ViewModels.Forms;

/// <summary>
/// The confirmation after a form was stored: the reference number, what happens next (for a request:
/// the identity documents, the fees and the response times; for a complaint: how it is handled), whom
/// to contact. Nothing the person typed is on it.
/// </summary>
public sealed record ReceiptView(
    string Heading,
    string ReferenceLabel,
    string Reference,
    string KeepReference,
    string NextSteps,
    RequestReceiptDetails? Request,
    TitledList? Handling,
    string ContactHeading,
    ContactPoint Desk);

/// <summary>What a person who sent a request does next: send or bring identity documents, and pay any fee.</summary>
public sealed record RequestReceiptDetails(string DocumentsTitle, string DocumentsIntro, string FeesTitle, string FeesIntro, RequestProcedures Procedures);

/// <summary>A page that only explains a situation, such as "we cannot accept submissions right now".</summary>
public sealed record MessageView(string Heading, string Body);
