using PrivacySite.Content.Formats;

namespace PrivacySite.Forms.Validation.Rules;

/// <summary>
/// A phone number in the shared format (10 or 11 digits starting with 0), typed more freely than
/// content may write it: hyphens, spaces and the brackets around an area code may stand anywhere
/// between the digits. Stored as digits only.
/// </summary>
internal static class PhoneRule
{
    public static Checked Check(string value) =>
        value.All(c => char.IsAsciiDigit(c) || Hyphens.IsHyphen(c) || c is ' ' or '(' or ')')
        && JapaneseFormats.TryPhone(new string([.. value.Where(char.IsAsciiDigit)]), out var digits)
            ? Checked.Ok(digits)
            : Checked.Fail(ErrorCodes.PhoneFormat);
}
