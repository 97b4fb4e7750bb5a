using System.Globalization;
using System.Text;

namespace PrivacySite.Forms.Validation.Rules;

/// <summary>
/// Characters that show nothing where they stand: spaces and line or paragraph separators, format
/// characters (zero-width spaces and joiners, tag characters), variation selectors, and the letters
/// and symbols that render blank (Hangul fillers, the blank Braille pattern) which pass a check for letters.
/// </summary>
internal static class InvisibleCharacters
{
    public static bool IsInvisible(Rune rune) =>
        Rune.IsWhiteSpace(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || IsVariationSelector(rune)
        || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x034F or 0x17B4 or 0x17B5 or (>= 0x180B and <= 0x180F) or 0xFFFC;

    /// <summary>True when nothing visible is left once the invisible characters are taken out: the value counts as not filled in.</summary>
    public static bool IsBlank(string value)
    {
        foreach (var rune in value.EnumerateRunes())
        {
            if (!IsInvisible(rune))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsVariationSelector(Rune rune) => rune.Value is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);
}
