using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Model.Forms;

/// <summary>
/// Where the online forms are published: the request form under the request procedures
/// (/requests/form/), the complaint form under the complaint desk (/complaints/form/). Their words
/// come from content/forms/; the intake service's pages link back to these addresses. Both exist only
/// when the desk offers the online channel (complaints.yaml contact); otherwise no form page is built,
/// linked or served.
/// </summary>
public static class FormAddresses
{
    public const string RequestForm = "requests/form";

    public const string ComplaintForm = "complaints/form";

    /// <summary>Both form pages, with the file that holds their titles.</summary>
    public static IReadOnlyList<(string Slug, string File)> All { get; } =
        [(RequestForm, FormsContent.PagesFile), (ComplaintForm, FormsContent.PagesFile)];

    /// <summary>True when the desk lists the online channel, so the forms are built, linked and served.</summary>
    public static bool Offered(ContentSet content) => content.Notice.Complaints.Contact.Offers(ApplicationChannel.Online);

    /// <summary>The form pages this content has: both, or none when the desk is not online.</summary>
    public static IReadOnlyList<(string Slug, string File)> Of(ContentSet content) => Offered(content) ? All : [];
}
