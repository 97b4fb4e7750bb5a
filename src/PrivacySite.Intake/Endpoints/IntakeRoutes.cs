using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Intake.Endpoints;

/// <summary>
/// The service's addresses. The receipt page carries only the reference number and the language:
/// <c>/api/inquiries/receipt/{lang}?ref=D-7KQ4-M9TX</c>.
/// </summary>
public static class IntakeRoutes
{
    public const string Health = "/api/health";
    public const string ReceiptPattern = "/api/inquiries/receipt/{lang}";

    public static string Submit(InquiryKind kind) => $"/api/inquiries/{kind.Slug()}";

    public static string Receipt(ReferenceNumber reference, Language language) =>
        $"/api/inquiries/receipt/{language.Code()}?ref={reference.Value}";
}
