namespace PrivacySite.Content.Model.Forms;

/// <summary>
/// Where the online forms are published: the request form under the request procedures
/// (/requests/form/), the complaint form under the complaint desk (/complaints/form/). Their words
/// come from content/forms/; the intake service's pages link back to these addresses.
/// </summary>
public static class FormAddresses
{
    public const string RequestForm = "requests/form";

    public const string ComplaintForm = "complaints/form";

    /// <summary>Both form pages, with the file that holds their titles.</summary>
    public static IReadOnlyList<(string Slug, string File)> All { get; } =
        [(RequestForm, FormsContent.PagesFile), (ComplaintForm, FormsContent.PagesFile)];
}
