using PrivacySite.Content.Formats;

namespace PrivacySite.Forms.Validation.Rules;

/// <summary>
/// An e-mail address in the shared format, within the lengths mail servers accept (RFC 5321):
/// at most 64 characters before the @ and 63 in each part of the domain, since a reply must reach it.
/// </summary>
internal static class EmailRule
{
    public static Checked Check(string value) =>
        JapaneseFormats.TryEmail(value, out var address) && FitsMailServers(address)
            ? Checked.Ok(address)
            : Checked.Fail(ErrorCodes.EmailFormat);

    private static bool FitsMailServers(string address)
    {
        var at = address.IndexOf('@');
        return at <= 64 && address[(at + 1)..].Split('.').All(label => label.Length <= 63);
    }
}
