using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Model;
using PrivacySite.Theme.ViewModels.Forms;

namespace PrivacySite.Site.Forms;

/// <summary>
/// Builds the receipt page's view from the reference number alone and the content: the words in
/// content/forms/pages.yaml, the documents, fees and response times of notice/requests.yaml, the
/// handling of notice/complaints.yaml and the desk. Nothing stored is looked up.
/// </summary>
public static class ReceiptViewFactory
{
    public static ReceiptView Build(ContentSet content, ReferenceNumber reference, Language language)
    {
        var text = content.Forms.Pages.Receipt;
        var notice = content.Notice;
        return new ReceiptView(
            text.Title[language],
            text.ReferenceLabel[language],
            reference.Value,
            text.KeepReference[language],
            text.NextSteps[language],
            reference.Kind == InquiryKind.Disclosure
                ? new RequestReceiptDetails(text.DocumentsTitle[language], text.DocumentsIntro[language], text.FeesTitle[language], text.FeesIntro[language], notice.Requests)
                : null,
            reference.Kind == InquiryKind.Complaint ? notice.Complaints.Handling : null,
            text.Contact[language],
            notice.Complaints.Contact);
    }
}
