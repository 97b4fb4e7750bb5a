using PrivacySite.Content.Validation.Rules;

namespace PrivacySite.Tests.Validation;

/// <summary>Fields named for a format (postal_code, phone, fax, email, url, or ending so) are checked wherever they appear.</summary>
public sealed class FormatRuleTests
{
    public sealed record Desk(string PostalCode, string Phone, string? DeskFax, string Email, string? WebUrl, string Note);

    [Fact]
    public void Well_formed_values_pass_including_full_width_digits()
    {
        const string yaml = "postal_code: １００－０００１\nphone: 03-0000-0000\ndesk_fax: ０３００００００００\nemail: privacy@example.org\nweb_url: https://example.org/\nnote: 電話 0 番\n";

        Assert.Empty(RecordRuleHarness.Run<Desk>(yaml, new FormatRule()));
    }

    [Fact]
    public void Each_malformed_value_is_reported_at_its_line_and_column()
    {
        const string yaml = "postal_code: 100-00001\nphone: 3-0000-0000\ndesk_fax: 03-0000-00000-0\nemail: privacy.example.org\nweb_url: example.org\nnote: anything\n";

        Assert.Equal(
            [
                "test.yaml:1:14: error PS0401: '100-00001' is not a postal code: write 7 digits as 123-4567",
                "test.yaml:2:8: error PS0402: '3-0000-0000' is not a Japanese phone number: write 10 or 11 digits starting with 0, such as 03-0000-0000",
                "test.yaml:3:11: error PS0402: '03-0000-00000-0' is not a Japanese phone number: write 10 or 11 digits starting with 0, such as 03-0000-0000",
                "test.yaml:4:8: error PS0403: 'privacy.example.org' is not an e-mail address: write it as name@example.org",
                "test.yaml:5:10: error PS0404: 'example.org' is not a plain web address: write it in full, starting with https://, without spaces, quotes, angle brackets or a user name",
            ],
            RecordRuleHarness.Run<Desk>(yaml, new FormatRule()));
    }
}
