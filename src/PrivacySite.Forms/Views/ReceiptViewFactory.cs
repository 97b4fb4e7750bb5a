using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Routes;
using PrivacySite.Forms.Text;
using PrivacySite.Theme.ViewModels.Forms;

namespace PrivacySite.Forms.Views;

/// <summary>
/// Builds the receipt page's view from the reference number, what the store knows of the inquiry
/// (<see cref="ReceiptFacts"/>: when it arrived, when it is due, the choices made) and the content: the
/// words in content/forms, the documents, fees and response times of notice/requests.yaml (only those
/// for the requester and the procedures chosen), the handling of notice/complaints.yaml and the desk.
/// </summary>
public static class ReceiptViewFactory
{
    /// <param name="facts">Null when the inquiry could not be looked up: the receipt then shows every document and fee.</param>
    public static ReceiptView Build(ContentSet content, InquiryKind kind, string reference, Language language, ReceiptFacts? facts = null)
    {
        var text = content.Forms.Pages.Receipt;
        var notice = content.Notice;
        return new ReceiptView(
            text.Title[language],
            text.ReferenceLabel[language],
            reference,
            text.KeepReference[language],
            facts is null ? null : (facts.Acknowledged ? text.EmailSent : text.EmailNotSent)[language],
            facts is null ? null : Summary(content, kind, language, facts),
            text.NextSteps[language],
            kind == InquiryKind.Request
                ? new RequestReceiptDetails(text.DocumentsTitle[language], text.DocumentsIntro[language], text.FeesTitle[language], text.FeesIntro[language], notice.Requests,
                    IdentityRow(facts?.Requester), facts?.Procedures)
                : null,
            kind == InquiryKind.Complaint ? notice.Complaints.Handling : null,
            text.Contact[language],
            notice.Complaints.Contact,
            facts?.StatusCode is { } code ? StatusCodeView(content, language, code) : null);
    }

    private static ReceiptStatusCode StatusCodeView(ContentSet content, Language language, string code)
    {
        var words = content.Forms.Pages.Status.Receipt;
        return new ReceiptStatusCode(words.Label[language], code, words.Note[language], words.Link[language], IntakeRoutes.Status(language));
    }

    private static ReceiptSummary Summary(ContentSet content, InquiryKind kind, Language language, ReceiptFacts facts)
    {
        var words = content.Forms.Pages.Receipt.Summary;
        var forms = new FormText(content.Forms);
        var choices = new List<(string, string)>();
        if (facts.Requester is { } requester)
        {
            choices.Add((forms.Label(InquiryForms.RequesterField, language), forms.OptionLabel(InquiryForms.RequesterField, requester, language)));
        }

        var titles = Procedures(content.Notice.Requests);
        if (facts.Procedures.Count > 0)
        {
            choices.Add((forms.Label(InquiryForms.RequestKindsField, language),
                string.Join(language == Language.Ja ? "、" : ", ", facts.Procedures.Where(titles.ContainsKey).Select(p => titles[p][language]))));
        }

        return new ReceiptSummary(
            words.Title[language], words.Received[language], facts.ReceivedInJapan, words.TimeZone[language],
            words.Kind[language], forms.Title(kind).Title[language], choices, words.Due[language], facts.DueOn);
    }

    /// <summary>Every procedure of notice/requests.yaml by key, the medical fee statements too.</summary>
    private static Dictionary<string, LocalizedText> Procedures(RequestProcedures requests) =>
        requests.Kinds.Append((Key: InquiryForms.MedicalFeeStatements, Kind: requests.MedicalFeeStatements))
            .ToDictionary(k => k.Key, k => k.Kind.Title, StringComparer.Ordinal);

    /// <summary>The row of the identity documents' table for a requester choice: the form's "self" is the notice's "person".</summary>
    private static string? IdentityRow(string? requester) => requester == "self" ? "person" : requester;
}
