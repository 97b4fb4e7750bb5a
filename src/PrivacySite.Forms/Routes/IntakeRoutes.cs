using PrivacySite.Content.Model;
using PrivacySite.Forms.Model;

namespace PrivacySite.Forms.Routes;

/// <summary>
/// The intake service's addresses, shared by the service that maps them and the site whose forms
/// post to them. The receipt page carries only the reference number and the language:
/// <c>/api/inquiries/receipt/{lang}?ref=D-7KQ4-M9TX</c>. The status page takes the reference and its
/// code only as a form post, never in the address: <c>/api/inquiries/status/{lang}</c>.
/// </summary>
public static class IntakeRoutes
{
    public const string Health = "/api/health";
    public const string ReceiptPattern = "/api/inquiries/receipt/{lang}";
    public const string ReceiptPathPrefix = "/api/inquiries/receipt/";
    public const string StatusPattern = "/api/inquiries/status/{lang}";
    public const string StatusPrefix = "/api/inquiries/status/";

    public static string Submit(InquiryKind kind) => $"/api/inquiries/{kind.Slug()}";

    /// <summary>The receipt's address up to the reference, which the form's script appends.</summary>
    public static string ReceiptPrefix(Language language) => $"/api/inquiries/receipt/{language.Code()}?ref=";

    public static string Receipt(string reference, Language language) => ReceiptPrefix(language) + reference;

    public static string Status(Language language) => StatusPrefix + language.Code();
}
