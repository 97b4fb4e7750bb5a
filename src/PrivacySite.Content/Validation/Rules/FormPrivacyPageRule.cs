using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// The page the forms link to about the forms' own data (content/forms/pages.yaml privacy.page) exists in
/// both languages while the desk offers the online forms; without them nothing links to it and no page is asked for.
/// </summary>
internal sealed class FormPrivacyPageRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var page = content.Forms.Pages.Privacy.Page;
        if (FormAddresses.Offered(content) && Languages.All.Any(language => !content.Pages.Any(p => p.Slug == page && p.Language == language)))
        {
            diagnostics.Add(DiagnosticDescriptors.FormPrivacyPageMissing, content.SourceMaps[FormsContent.PagesFile]["privacy.page"], page);
        }
    }
}
