using System.Globalization;
using System.Text;

namespace PrivacySite.Forms.Validation.Rules;

/// <summary>
/// What a one-line value about a person (a name, furigana, an address part, a phone number, a card
/// code) may hold, judged on its NFKC form: letters, digits, punctuation, symbols and plain spaces.
/// Invisible characters are refused, since they make two equal-looking values differ or hide
/// text; so are floods of combining marks piled on one letter. A variation selector counts as a
/// mark, so it may follow a letter: Japanese names use them to pick an ideograph's form.
/// </summary>
internal static class StructuredText
{
    /// <summary>Combining marks one letter may carry after NFKC: Vietnamese needs two, nothing a name needs more.</summary>
    private const int MaxMarksPerLetter = 2;

    public static string? Check(string value)
    {
        var marks = -1;   // -1 while no letter precedes: a mark must follow one
        foreach (var rune in value.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                marks = -1;
            }
            else if (InvisibleCharacters.IsVariationSelector(rune) || (IsMark(rune) && !InvisibleCharacters.IsInvisible(rune)))
            {
                if (marks < 0 || ++marks > MaxMarksPerLetter)
                {
                    return ErrorCodes.InvisibleCharacters;
                }
            }
            else if (InvisibleCharacters.IsInvisible(rune))
            {
                return ErrorCodes.InvisibleCharacters;
            }
            else
            {
                marks = 0;
            }
        }

        return null;
    }

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
