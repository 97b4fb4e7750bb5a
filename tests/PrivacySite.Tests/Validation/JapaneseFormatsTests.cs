using PrivacySite.Content.Formats;

namespace PrivacySite.Tests.Validation;

/// <summary>Japanese postal codes, phone numbers and e-mail addresses, with full-width input normalised.</summary>
public sealed class JapaneseFormatsTests
{
    [Theory]
    [InlineData("100-0001", "100-0001")]
    [InlineData("1000001", "100-0001")]
    [InlineData("１００－０００１", "100-0001")]
    [InlineData("１００ー０００１", "100-0001")]
    [InlineData(" 100‐0001 ", "100-0001")]
    public void Postal_codes_are_accepted_and_written_123_4567(string value, string expected)
    {
        Assert.True(JapaneseFormats.TryPostalCode(value, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("100-000")]
    [InlineData("10-00001")]
    [InlineData("100--0001")]
    [InlineData("〒100-0001")]
    [InlineData("100-000a")]
    [InlineData("١٠٠-٠٠٠١")] // Arabic-Indic digits are digits to .NET's \d, not to a Japanese form
    [InlineData("")]
    public void Other_postal_codes_are_refused(string value) => Assert.False(JapaneseFormats.TryPostalCode(value, out _));

    [Theory]
    [InlineData("03-0000-0000", "0300000000")]
    [InlineData("0300000000", "0300000000")]
    [InlineData("090-0000-0000", "09000000000")]
    [InlineData("０１２０－０００－０００", "0120000000")]
    [InlineData("03ー0000ー0000", "0300000000")]
    public void Phone_numbers_of_10_or_11_digits_starting_with_0_are_accepted(string value, string digits)
    {
        Assert.True(JapaneseFormats.TryPhone(value, out var actual));
        Assert.Equal(digits, actual);
    }

    [Theory]
    [InlineData("03-0000-000")]
    [InlineData("090-0000-00000")]
    [InlineData("3-0000-0000")]
    [InlineData("03--0000-0000")]
    [InlineData("-03-0000-0000")]
    [InlineData("03(0000)0000")]
    [InlineData("+81-3-0000-0000")]
    public void Other_phone_numbers_are_refused(string value) => Assert.False(JapaneseFormats.TryPhone(value, out _));

    [Theory]
    [InlineData("privacy@example.org", "privacy@example.org")]
    [InlineData("ｐｒｉｖａｃｙ＠ｅｘａｍｐｌｅ．ｏｒｇ", "privacy@example.org")]
    [InlineData("first.last+tag@mail.example.co.jp", "first.last+tag@mail.example.co.jp")]
    public void Email_addresses_are_accepted_with_full_width_characters_normalised(string value, string expected)
    {
        Assert.True(JapaneseFormats.TryEmail(value, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("privacy.example.org")]
    [InlineData("privacy@example")]
    [InlineData("privacy@@example.org")]
    [InlineData(".privacy@example.org")]
    [InlineData("pri vacy@example.org")]
    [InlineData("privacy@-example.org")]
    public void Other_email_addresses_are_refused(string value) => Assert.False(JapaneseFormats.TryEmail(value, out _));
}
