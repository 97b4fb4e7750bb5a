namespace PrivacySite.Theme.ViewModels.Forms;

/// <summary>The confirmation after a form was stored: the reference number, what happens next, whom to contact.</summary>
public sealed record ReceiptView(string Heading, string ReferenceLabel, string Reference, string NextSteps, string ContactHeading);

/// <summary>A page that only explains a situation, such as "we cannot accept submissions right now".</summary>
public sealed record NoticeView(string Heading, string Body);
