using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.History;
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
    /// <param name="baseRevision">The commit a change is compared with (check --base), for the revision rule; null skips that rule.</param>
    /// <returns>The loaded content, or null when a data file did not load (each file that did is still checked).</returns>
    public static ContentSet? Run(string root, DiagnosticBag diagnostics, TimeProvider? clock = null, string? baseRevision = null)
    {
        var loaded = WithDrift(ContentLoader.Load(root, diagnostics), clock ?? TimeProvider.System);
        var postcodes = PostcodeData.Source;
        List<IContentRule> rules =
        [
            new RequiredUiStringsRule(UiKeys.All), new FormTextRule(), new EmailTextRule(),
            new PostcodeDataAgeRule($"{postcodes.Package} {postcodes.Version}", postcodes.Published, PostcodeData.FreshMonths, clock ?? TimeProvider.System),
        ];
        if (baseRevision is not null)
        {
            if (Baseline.Load(root, baseRevision, out var problem) is { } baseline)
            {
                rules.Add(new RevisionNeededRule(baseline));
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.BaseUnavailable, new SourceLocation(root), baseRevision, problem);
            }
        }

        ContentValidator.Validate(loaded, diagnostics, clock, [.. rules]);
        return loaded.Content;
    }

    /// <summary>The content with the English its git history says was left behind by the Japanese (none outside a repository).</summary>
    private static LoadedContent WithDrift(LoadedContent loaded, TimeProvider clock) =>
        loaded.Content is { } content && GitRepository.Open(content.Root) is { } repository
            ? loaded with { Content = content with { Drift = TranslationDriftFinder.Find(repository, content, clock) } }
            : loaded;
}
