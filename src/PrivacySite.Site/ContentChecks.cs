using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Validation;
using PrivacySite.Inquiries.Text;

namespace PrivacySite.Site;

/// <summary>
/// Load, then validate: everything `check` reports and `build` refuses to publish. Both
/// commands come through here, so a rule added here (including rules from other libraries,
/// such as the forms') runs in both and they can never disagree about what is wrong.
/// </summary>
public static class ContentChecks
{
    /// <param name="clock">What "today" is for date checks; the system clock when null.</param>
    /// <returns>The loaded content, or null when it could not be loaded far enough to validate.</returns>
    public static ContentSet? Run(string root, DiagnosticBag diagnostics, TimeProvider? clock = null)
    {
        var content = ContentLoader.Load(root, diagnostics);
        if (content is not null)
        {
            ContentValidator.Validate(content, diagnostics, clock, new FormTextRule());
        }

        return content;
    }
}
