using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Routes;
using PrivacySite.Forms.Text;
using PrivacySite.Forms.Views;
using PrivacySite.Inquiries.Model;
using PrivacySite.Theme.ViewModels.Forms;

namespace PrivacySite.Intake.Responses;

/// <summary>
/// Builds the status page's view from content/forms (status:) and, when a reference and code matched, the
/// inquiry: its status, due date, the reason of the latest extension (the desk's words to the member, also
/// e-mailed), and what the office still needs (the documents it asked for, or a request's identity documents
/// until identity is confirmed). Nothing the member typed about themselves is shown.
/// </summary>
internal static class StatusViewFactory
{
    public static StatusView Form(ContentSet content, Language language, string action, string reference, MessagePageText? problem) =>
        new(FormView(content, language, action, reference), problem?.In(language), null,
            content.Forms.Pages.Receipt.Contact[language], content.Notice.Complaints.Contact);

    public static StatusView Found(ContentSet content, Language language, string action, InquiryRecord record) =>
        new(FormView(content, language, action, ""), null, Result(content, language, action, record),
            content.Forms.Pages.Receipt.Contact[language], content.Notice.Complaints.Contact);

    private static StatusFormView FormView(ContentSet content, Language language, string action, string reference)
    {
        var text = content.Forms.Pages.Status;
        return new StatusFormView(text.Title[language], text.Intro[language], action, text.ReferenceLabel[language], text.ReferenceHint[language],
            text.CodeLabel[language], text.CodeHint[language], text.Submit[language], reference);
    }

    private static StatusResultView Result(ContentSet content, Language language, string action, InquiryRecord record)
    {
        var text = content.Forms.Pages.Status;
        var words = Wording(text.Statuses, record.Status);
        var extension = record.History.LastOrDefault(h => h.ExtendedTo is not null);
        return new StatusResultView(
            text.Result.Title[language],
            text.Result.Reference[language], record.Reference.Value,
            text.Result.Kind[language], new FormText(content.Forms).Title(record.Kind).Title[language],
            text.Result.Status[language], words.Name[language], words.Description[language],
            (extension is null ? text.Result.Due : text.Result.Extended)[language], record.DueOn,
            extension?.Note is null ? null : text.Result.ExtendedReason[language], extension?.Note,
            text.Result.NeedsTitle[language], Needs(content, language, record), text.Result.NothingNeeded[language],
            text.Result.CheckAnother[language], action);
    }

    private static IReadOnlyList<string> Needs(ContentSet content, Language language, InquiryRecord record)
    {
        if (record.Status == InquiryStatus.AwaitingDocuments)
        {
            // The desk's note says which documents; it is what the member was e-mailed.
            return record.History.LastOrDefault(h => h.IsStatusChange && h.Status == InquiryStatus.AwaitingDocuments)?.Note is { } note ? [note] : [];
        }

        return record.Status == InquiryStatus.Received && record.Kind == InquiryKind.Request
            ? [.. content.Notice.Requests.Identity.For(record.Values.GetValueOrDefault(InquiryForms.Requester)?.FirstOrDefault()).Select(d => d[language])]
            : [];
    }

    private static StatusWording Wording(StatusNames names, InquiryStatus status) => status switch
    {
        InquiryStatus.Received => names.Received,
        InquiryStatus.IdentityVerified => names.IdentityVerified,
        InquiryStatus.AwaitingDocuments => names.AwaitingDocuments,
        InquiryStatus.InProgress => names.InProgress,
        InquiryStatus.Answered => names.Answered,
        InquiryStatus.Refused => names.Refused,
        _ => names.Withdrawn,
    };

    /// <summary>The status page's address in a language, for the form's action and its language link.</summary>
    public static string Action(string pathBase, Language language) => pathBase + IntakeRoutes.Status(language);
}
