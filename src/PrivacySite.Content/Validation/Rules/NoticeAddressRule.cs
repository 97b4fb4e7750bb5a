using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// A Markdown page does not take the address of a notice page (pages/purposes.ja.md beside
/// notice/purposes.yaml, or beside a section the society added) or of a form page (pages/requests/form.ja.md): one would overwrite the other.
/// </summary>
internal sealed class NoticeAddressRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var notice = NoticePages.AllOf(content.Notice).Concat(FormAddresses.Of(content)).ToDictionary(p => p.Slug, p => p.File, StringComparer.Ordinal);
        foreach (var page in content.Pages)
        {
            if (notice.TryGetValue(page.Slug, out var file))
            {
                diagnostics.Add(DiagnosticDescriptors.PageTakesNoticeAddress, new SourceLocation(page.File, 1, 1), page.Slug, file);
            }
        }
    }
}
