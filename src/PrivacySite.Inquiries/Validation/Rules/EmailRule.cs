using System.Text.RegularExpressions;

namespace PrivacySite.Inquiries.Validation.Rules;

/// <summary>An e-mail address of the usual shape: a local part, one @, and a domain with a dot.</summary>
internal static partial class EmailRule
{
    public static Checked Check(string value) =>
        Shape().IsMatch(value) && !value.Contains("..", StringComparison.Ordinal)
            ? Checked.Ok(value)
            : Checked.Fail(ErrorCodes.EmailFormat);

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-](?:[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{0,62}[A-Za-z0-9!#$%&'*+/=?^_`{|}~-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
