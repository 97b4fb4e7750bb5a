namespace PrivacySite.Theme.ViewModels.Forms;

/// <summary>
/// A form page: its heading, the error summary (empty when there is nothing to fix), the fields
/// and the address it posts to. The intake service's error page and the site's form pages share it.
/// </summary>
public sealed record FormPageView(
    string Heading,
    string? Intro,
    string Action,
    string ErrorSummaryTitle,
    string ErrorPrefix,
    IReadOnlyList<ErrorSummaryItem> Errors,
    IReadOnlyList<FormFieldView> Fields,
    string SubmitLabel);

/// <summary>An entry of the error summary: the message, linking to the input to fix.</summary>
public sealed record ErrorSummaryItem(string Message, string Href);
