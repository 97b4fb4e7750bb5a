namespace PrivacySite.Inquiries.Validation.Rules;

/// <summary>A postal code of 7 digits, with or without a hyphen after the third (and an optional 〒); stored as 000-0000.</summary>
internal static class PostalCodeRule
{
    public static Checked Check(string value)
    {
        var text = value.TrimStart('〒').Trim();
        if (text.Length == 8 && Hyphens.IsHyphen(text[3]))
        {
            text = text.Remove(3, 1);
        }

        return text.Length == 7 && text.All(char.IsAsciiDigit)
            ? Checked.Ok($"{text[..3]}-{text[3..]}")
            : Checked.Fail(ErrorCodes.PostalCodeFormat);
    }
}
