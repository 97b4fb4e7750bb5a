using PrivacySite.Content.Model.Forms;

namespace PrivacySite.Forms.Model;

/// <summary>What a member sends: a request about their data (開示等の請求) or a complaint or question (苦情・相談).</summary>
public enum InquiryKind
{
    Disclosure,
    Complaint,
}

public static class InquiryKinds
{
    public static IReadOnlyList<InquiryKind> All { get; } = [InquiryKind.Disclosure, InquiryKind.Complaint];

    /// <summary>The name used in URLs, content and storage: "disclosure" or "complaint".</summary>
    public static string Slug(this InquiryKind kind) => kind == InquiryKind.Disclosure ? "disclosure" : "complaint";

    /// <summary>The slug of the kind's form page on the site (<see cref="FormAddresses"/>).</summary>
    public static string FormSlug(this InquiryKind kind) => kind == InquiryKind.Disclosure ? FormAddresses.RequestForm : FormAddresses.ComplaintForm;

    /// <summary>The letter that starts the kind's reference numbers.</summary>
    public static char Prefix(this InquiryKind kind) => kind == InquiryKind.Disclosure ? 'D' : 'C';

    public static bool TryParse(string? slug, out InquiryKind kind)
    {
        kind = slug == "complaint" ? InquiryKind.Complaint : InquiryKind.Disclosure;
        return slug is "disclosure" or "complaint";
    }
}
