using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;
using PrivacySite.Theme.ViewModels.Forms;

namespace PrivacySite.Forms.Views;

/// <summary>
/// Builds the receipt page's view from the reference number and its kind alone and the content: the words in
/// content/forms/pages.yaml, the documents, fees and response times of notice/requests.yaml, the
/// handling of notice/complaints.yaml and the desk. Nothing stored is looked up.
/// </summary>
public static class ReceiptViewFactory
{
    public static ReceiptView Build(ContentSet content, InquiryKind kind, string reference, Language language)
    {
        var text = content.Forms.Pages.Receipt;
        var notice = content.Notice;
        return new ReceiptView(
            text.Title[language],
            text.ReferenceLabel[language],
            reference,
            text.KeepReference[language],
            text.NextSteps[language],
            kind == InquiryKind.Request
                ? new RequestReceiptDetails(text.DocumentsTitle[language], text.DocumentsIntro[language], text.FeesTitle[language], text.FeesIntro[language], notice.Requests)
                : null,
            kind == InquiryKind.Complaint ? notice.Complaints.Handling : null,
            text.Contact[language],
            notice.Complaints.Contact);
    }
}
