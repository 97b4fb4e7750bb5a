using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Each UI string key defined in one language's file is defined in the other's too. A key
/// written with an unusable value counts as there: its own problem is reported already.
/// </summary>
internal sealed class UiStringsInBothLanguagesRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var language in Languages.All)
        {
            var strings = content.Strings[language];
            var other = content.Strings[language.Other()];
            var map = content.SourceMaps[strings.File];
            if (strings.Values.Count == 0)
            {
                continue; // missing, empty or unreadable: already reported, and listing every key would bury that
            }

            foreach (var key in other.Values.Keys.Where(k => !map.Contains(k)).Order(StringComparer.Ordinal))
            {
                // Points at the group the key belongs in, when this file has that group.
                diagnostics.Add(DiagnosticDescriptors.UiStringMissing, map[key], key);
            }
        }
    }
}
