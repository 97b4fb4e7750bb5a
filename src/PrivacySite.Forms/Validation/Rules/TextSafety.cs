using System.Globalization;
using System.Text;

namespace PrivacySite.Forms.Validation.Rules;

/// <summary>
/// Characters no field may hold: control characters (free text may have line breaks and tabs),
/// invisible format characters that can disguise text (direction overrides, zero-width spaces, tag
/// characters), noncharacters, unpaired surrogates, and in one-line fields angle brackets. A value
/// may not start with =, +, - or @, which spreadsheets run as a formula.
/// </summary>
internal static class TextSafety
{
    private const int ZeroWidthJoiner = 0x200D;

    public static bool HasUnpairedSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checked by code point, so a format character outside the BMP (a tag character) is seen as one.</summary>
    public static string? Check(string value, bool multiline, bool formula)
    {
        foreach (var rune in value.EnumerateRunes())
        {
            var allowedControl = multiline && rune.Value is '\n' or '\t';
            if ((Rune.IsControl(rune) && !allowedControl) || IsDisguising(rune) || IsNoncharacter(rune) || (!multiline && rune.Value is '<' or '>'))
            {
                return ErrorCodes.InvalidCharacters;
            }
        }

        return formula && value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? ErrorCodes.FormulaStart : null;
    }

    // The joiner stays allowed in free text, where it builds emoji (family, profession); one-line fields refuse it later.
    private static bool IsDisguising(Rune rune) =>
        rune.Value is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0xFEFF or 0xFFFD
        || (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format && rune.Value != ZeroWidthJoiner);

    // U+FDD0–U+FDEF and the last two code points of every plane are never characters.
    private static bool IsNoncharacter(Rune rune) => rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;
}
