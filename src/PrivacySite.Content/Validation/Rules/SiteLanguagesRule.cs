using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>site.yaml lists the two languages the site is built in, Japanese first, and nothing else.</summary>
internal sealed class SiteLanguagesRule : RecordRule
{
    private static readonly string Key = YamlNaming.ToKey(nameof(SiteSettings.Languages));

    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        if (model is SiteSettings settings && !settings.Languages.SequenceEqual(Languages.All.Select(l => l.Code()), StringComparer.Ordinal))
        {
            diagnostics.Add(DiagnosticDescriptors.SiteLanguages, map[Key]);
        }
    }
}
