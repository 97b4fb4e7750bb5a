namespace PrivacySite.Theme.ViewModels.Forms;

/// <summary>
/// A form page: its heading, how its data is handled, the error summary (empty when there is
/// nothing to fix), the fields and the address it posts to. The intake service's error page and
/// the site's form pages share it; only the site's pages carry <see cref="Script"/>.
/// </summary>
public sealed record FormPageView(
    string Heading,
    string? Intro,
    FormPrivacyNote Privacy,
    string Action,
    string ErrorSummaryTitle,
    string ErrorPrefix,
    IReadOnlyList<ErrorSummaryItem> Errors,
    IReadOnlyList<FormFieldView> Fields,
    string SubmitLabel,
    FormScript? Script = null,
    FormUploadView? Upload = null);

/// <summary>An entry of the error summary: the message, linking to the input to fix.</summary>
public sealed record ErrorSummaryItem(string Message, string Href);

/// <summary>The sentence on how the form's own data is handled and the link to the page that explains it.</summary>
public sealed record FormPrivacyNote(string Text, string LinkText, string Href);

/// <summary>
/// The progressive enhancement of a static form page: the script, where the receipt is (the
/// reference is appended), and every word it may show, so the script itself holds none.
/// <paramref name="Postcodes"/>: where the postcode data is, when the society turned the lookup on.
/// </summary>
public sealed record FormScript(
    string Src,
    string ReceiptUrlPrefix,
    string Sending,
    MessageView Offline,
    MessageView NoAnswer,
    MessageView Unavailable,
    MessageView TooManyRequests,
    string? Postcodes = null,
    string? PostcodeFilled = null);
