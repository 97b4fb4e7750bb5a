namespace PrivacySite.Inquiries.Validation.Rules;

/// <summary>
/// A Japanese phone number: 10 or 11 digits starting with 0; hyphens, spaces and the brackets
/// around an area code are allowed between digits. Stored as digits only.
/// </summary>
internal static class PhoneRule
{
    public static Checked Check(string value)
    {
        if (value.Any(c => !char.IsAsciiDigit(c) && !Hyphens.IsHyphen(c) && c is not ' ' and not '(' and not ')'))
        {
            return Checked.Fail(ErrorCodes.PhoneFormat);
        }

        var digits = new string([.. value.Where(char.IsAsciiDigit)]);
        return digits.Length is 10 or 11 && digits[0] == '0' ? Checked.Ok(digits) : Checked.Fail(ErrorCodes.PhoneFormat);
    }
}
