using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>Each UI string key defined in one language's file is defined in the other's too.</summary>
internal sealed class UiStringsInBothLanguagesRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var language in Languages.All)
        {
            var strings = content.Strings[language];
            var other = content.Strings[language.Other()];
            foreach (var key in other.Values.Keys.Where(k => !strings.Values.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                diagnostics.Add(DiagnosticDescriptors.UiStringMissing, new SourceLocation(strings.File, 1, 1), key);
            }
        }
    }
}
