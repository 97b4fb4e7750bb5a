using System.Globalization;

namespace PrivacySite.Forms.Validation.Rules;

/// <summary>
/// Characters no field may hold: control characters (free text may have line breaks and tabs),
/// invisible direction overrides that can disguise text, unpaired surrogates, and in one-line
/// fields angle brackets. A value may not start with =, +, - or @, which spreadsheets run as a formula.
/// </summary>
internal static class TextSafety
{
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

    public static string? Check(string value, bool multiline, bool formula)
    {
        foreach (var c in value)
        {
            var allowedControl = multiline && c is '\n' or '\t';
            if ((char.IsControl(c) && !allowedControl) || IsDisguising(c) || (!multiline && c is '<' or '>'))
            {
                return ErrorCodes.InvalidCharacters;
            }
        }

        return formula && value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? ErrorCodes.FormulaStart : null;
    }

    private static bool IsDisguising(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\uFFFE' or '\uFFFF' or '\uFFFD'
        || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c is not '\u200D');
}
