using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Validation;
using PrivacySite.Content.Validation.Rules;
using PrivacySite.Forms.Emails;
using PrivacySite.Forms.Text;
using PrivacySite.Theme;

namespace PrivacySite.Site;

/// <summary>
/// Load, then validate: everything `check` reports and `build` refuses to publish. Both
/// commands come through here, so a rule added here (including rules from other libraries,
/// such as the forms' and the theme's words) runs in both and they can never disagree about what
/// is wrong. Nothing is rendered: what the pages need of the content is read off the model.
/// </summary>
public static class ContentChecks
{
    /// <param name="clock">What "today" is for date checks; the system clock when null.</param>
    /// <returns>The loaded content, or null when a data file did not load (each file that did is still checked).</returns>
    public static ContentSet? Run(string root, DiagnosticBag diagnostics, TimeProvider? clock = null)
    {
        var loaded = ContentLoader.Load(root, diagnostics);
        ContentValidator.Validate(loaded, diagnostics, clock, new RequiredUiStringsRule(UiKeys.All), new FormTextRule(), new EmailTextRule());
        return loaded.Content;
    }
}
