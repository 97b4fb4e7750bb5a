namespace PrivacySite.Content.Model.Forms;

/// <summary>content/forms/pages.yaml: the words of the pages around the forms (titles, error page, receipt, notices).</summary>
public sealed record FormPages(
    IReadOnlyList<FormTitle> Forms,
    ErrorPageText Error,
    ReceiptPageText Receipt,
    NoticePageText Unavailable,
    NoticePageText InvalidReference,
    NoticePageText TooManyRequests,
    LocalizedText Optional,
    LocalizedText Submit,
    DatePartsText DateParts);

/// <summary>The title and introduction of one form, by inquiry kind (disclosure, complaint).</summary>
public sealed record FormTitle(string Kind, LocalizedText Title, LocalizedText? Intro = null);

/// <summary>The page shown when a form post has mistakes.</summary>
public sealed record ErrorPageText(LocalizedText TitlePrefix, LocalizedText SummaryTitle);

/// <summary>The confirmation page after a form post was stored.</summary>
public sealed record ReceiptPageText(LocalizedText Title, LocalizedText ReferenceLabel, LocalizedText NextSteps, LocalizedText Contact);

/// <summary>A page that only explains a situation (service unavailable, too many requests).</summary>
public sealed record NoticePageText(LocalizedText Title, LocalizedText Body);

/// <summary>The labels of the three inputs of a date.</summary>
public sealed record DatePartsText(LocalizedText Year, LocalizedText Month, LocalizedText Day);
