using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Each UI string key the pages ask for (the theme's list) is in both languages' strings files, so
/// `check` finds a missing word before `build` would meet it while rendering. A key that only the
/// other language has is reported by <see cref="UiStringsInBothLanguagesRule"/> already.
/// </summary>
public sealed class RequiredUiStringsRule(IReadOnlyList<string> keys) : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var language in Languages.All)
        {
            var strings = content.Strings[language];
            if (strings.Values.Count == 0)
            {
                continue; // missing, empty or unreadable: already reported
            }

            // On the file's first line, as the build reports a word it meets missing while rendering.
            var map = content.SourceMaps[strings.File];
            foreach (var key in keys.Where(k => !map.Contains(k) && !content.Strings[language.Other()].Values.ContainsKey(k)))
            {
                diagnostics.Add(DiagnosticDescriptors.UiStringMissing, new SourceLocation(strings.File, 1, 1), key);
            }
        }
    }
}
