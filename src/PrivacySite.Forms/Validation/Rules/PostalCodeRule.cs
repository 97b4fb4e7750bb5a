using PrivacySite.Content.Formats;

namespace PrivacySite.Forms.Validation.Rules;

/// <summary>
/// A postal code in the shared format (7 digits, hyphen optional), which may also start with the 〒
/// people copy along with an address; stored as 000-0000.
/// </summary>
internal static class PostalCodeRule
{
    public static Checked Check(string value) =>
        JapaneseFormats.TryPostalCode(value.TrimStart('〒'), out var code)
            ? Checked.Ok(code)
            : Checked.Fail(ErrorCodes.PostalCodeFormat);
}
