using System.Text;
using System.Text.RegularExpressions;

namespace PrivacySite.Content.Formats;

/// <summary>
/// Postal codes, phone numbers and e-mail addresses as written in Japan. Full-width digits,
/// '＠' and the dash look-alikes Japanese input methods produce are normalised first (NFKC),
/// so '１００ー０００１' is the postal code 100-0001. The content checks use these as they are;
/// the intake service's form rules build on them, taking what people type a little more freely.
/// </summary>
public static partial class JapaneseFormats
{
    [GeneratedRegex(@"^[0-9]{3}-?[0-9]{4}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"^0[0-9]*(-[0-9]+)*$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$")]
    private static partial Regex EmailPattern();

    /// <summary>
    /// NFKC (full-width digits, letters and '＠' made ASCII, half-width kana made full-width) and
    /// surrounding spaces removed. For single-value fields, never free text.
    /// </summary>
    public static string Normalize(string value) => value.Normalize(NormalizationForm.FormKC).Trim();

    /// <summary>Seven digits, hyphen optional; <paramref name="normalized"/> is written 123-4567.</summary>
    public static bool TryPostalCode(string value, out string normalized)
    {
        var text = WithPlainHyphens(value);
        var ok = PostalCodePattern().IsMatch(text);
        var digits = text.Replace("-", "", StringComparison.Ordinal);
        normalized = ok ? $"{digits[..3]}-{digits[3..]}" : "";
        return ok;
    }

    /// <summary>A domestic number: 10 or 11 digits starting with 0, hyphens optional; <paramref name="digits"/> has the digits only.</summary>
    public static bool TryPhone(string value, out string digits)
    {
        var text = WithPlainHyphens(value);
        digits = text.Replace("-", "", StringComparison.Ordinal);
        var ok = PhonePattern().IsMatch(text) && digits.Length is 10 or 11;
        if (!ok)
        {
            digits = "";
        }

        return ok;
    }

    /// <summary>A plain address such as name@example.org; <paramref name="normalized"/> has full-width characters made half-width.</summary>
    public static bool TryEmail(string value, out string normalized)
    {
        var text = Normalize(value);
        var ok = text.Length <= 254 && EmailPattern().IsMatch(text);
        normalized = ok ? text : "";
        return ok;
    }

    /// <summary>Normalised, with every dash look-alike made '-'.</summary>
    private static string WithPlainHyphens(string value) =>
        new([.. Normalize(value).Select(c => Hyphens.IsHyphen(c) ? '-' : c)]);
}
