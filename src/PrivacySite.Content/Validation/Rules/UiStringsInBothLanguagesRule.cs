using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// Each UI string key defined in one language's file is defined in the other's too, in the same
/// shape. A key written with an unusable value counts as there: its own problem is reported already.
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
            var otherMap = content.SourceMaps[other.File];
            if (strings.Values.Count == 0)
            {
                continue; // missing, empty or unreadable: already reported, and listing every key would bury that
            }

            foreach (var key in other.Values.Keys.Where(k => !map.Contains(k)).Order(StringComparer.Ordinal))
            {
                // The other file made a group of what is one text here: the mistake is where the group is.
                if (TextAbove(key, strings) is { } text)
                {
                    diagnostics.Add(DiagnosticDescriptors.UiStringShapeDiffers, otherMap[text], text, strings.File, map[text].Line);
                }
                else
                {
                    // Points at the group the key belongs in, when this file has that group.
                    diagnostics.Add(DiagnosticDescriptors.UiStringMissing, map[key], key);
                }
            }
        }
    }

    /// <summary>The key of a text in <paramref name="strings"/> that "a.b.c" would be inside of ("a.b" or "a"), if any.</summary>
    private static string? TextAbove(string key, UiStrings strings)
    {
        for (var cut = key.LastIndexOf('.'); cut > 0; cut = key.LastIndexOf('.', cut - 1))
        {
            if (strings.Values.ContainsKey(key[..cut]))
            {
                return key[..cut];
            }
        }

        return null;
    }
}
