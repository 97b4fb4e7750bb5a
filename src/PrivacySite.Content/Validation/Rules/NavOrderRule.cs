using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>A page sits at the same place in both languages' menus; otherwise it silently drops out of them.</summary>
internal sealed class NavOrderRule : IContentRule
{
    private static readonly string Key = YamlNaming.ToKey(nameof(PageFrontMatter.NavOrder));

    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var group in content.Pages.GroupBy(p => p.Slug))
        {
            var japanese = group.FirstOrDefault(p => p.Language == Language.Ja);
            var english = group.FirstOrDefault(p => p.Language == Language.En);
            if (japanese is null || english is null || japanese.FrontMatter.NavOrder == english.FrontMatter.NavOrder)
            {
                continue;
            }

            diagnostics.Add(DiagnosticDescriptors.NavOrderDiffers, content.SourceMaps[english.File][Key],
                Value(english.FrontMatter.NavOrder), Value(japanese.FrontMatter.NavOrder), japanese.File);
        }
    }

    private static object Value(int? order) => order is { } n ? n : Phrases.NotSet;
}
