using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>The page the forms link to about the forms' own data (content/forms/pages.yaml privacy.page) exists in both languages.</summary>
internal sealed class FormPrivacyPageRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var page = content.Forms.Pages.Privacy.Page;
        if (Languages.All.Any(language => !content.Pages.Any(p => p.Slug == page && p.Language == language)))
        {
            diagnostics.Add(DiagnosticDescriptors.FormPrivacyPageMissing, content.SourceMaps[FormsContent.PagesFile]["privacy.page"], page);
        }
    }
}
