using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// An English page may say 'untranslated: true' and stay empty: the site then shows the
/// Japanese text there with a note. Only English pages may say so, and only when empty.
/// </summary>
internal sealed class UntranslatedPagesRule : IContentRule
{
    private static readonly string Key = YamlNaming.ToKey(nameof(PageFrontMatter.Untranslated));

    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var page in content.Pages.Where(p => p.FrontMatter.Untranslated == true))
        {
            var flag = content.SourceMaps[page.File][Key];
            if (page.Language != Language.En)
            {
                diagnostics.Add(DiagnosticDescriptors.UntranslatedOriginal, flag);
            }
            else if (FirstTextLine(page) is { } line)
            {
                diagnostics.Add(DiagnosticDescriptors.UntranslatedPageHasText, new SourceLocation(page.File, line, 1));
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.UntranslatedPage, flag, page.Slug);
            }
        }
    }

    private static int? FirstTextLine(MarkdownPage page)
    {
        var lines = page.Body.Split('\n');
        var index = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        return index < 0 ? null : page.BodyLine + index;
    }
}
