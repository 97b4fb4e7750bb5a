using PrivacySite.Content.Model.Forms;

namespace PrivacySite.Forms.Model;

/// <summary>What a member sends: a request about their data (開示等の請求) or a complaint or question (苦情・相談).</summary>
public enum InquiryKind
{
    Request,
    Complaint,
}

public static class InquiryKinds
{
    public static IReadOnlyList<InquiryKind> All { get; } = [InquiryKind.Request, InquiryKind.Complaint];

    /// <summary>The name used in URLs, content and the desk: "request" or "complaint".</summary>
    public static string Slug(this InquiryKind kind) => kind == InquiryKind.Request ? "request" : "complaint";

    /// <summary>The slug of the kind's form page on the site (<see cref="FormAddresses"/>).</summary>
    public static string FormSlug(this InquiryKind kind) => kind == InquiryKind.Request ? FormAddresses.RequestForm : FormAddresses.ComplaintForm;

    /// <summary>The letter that starts the kind's reference numbers ('D' for requests, as on every reference already given out).</summary>
    public static char Prefix(this InquiryKind kind) => kind == InquiryKind.Request ? 'D' : 'C';

    public static bool TryParse(string? slug, out InquiryKind kind)
    {
        kind = slug == "complaint" ? InquiryKind.Complaint : InquiryKind.Request;
        return slug is "request" or "complaint";
    }
}
