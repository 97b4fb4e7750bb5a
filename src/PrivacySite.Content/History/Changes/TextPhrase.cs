using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.History.Changes;

/// <summary>A content text as a <see cref="Phrase"/>; untranslated text reads the same in both languages.</summary>
internal static class TextPhrase
{
    public static Phrase Of(LocalizedText text) => new(text[Language.En], text.Ja);

    public static Phrase Same(string text) => new(text, text);
}
