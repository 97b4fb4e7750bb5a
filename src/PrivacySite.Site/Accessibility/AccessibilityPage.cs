using PrivacySite.Content.Addresses;
using PrivacySite.Content.Model;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Accessibility;

/// <summary>
/// The accessibility statement (ウェブアクセシビリティ方針) is the editors' page <c>pages/accessibility.*.md</c> (policy,
/// target, scope, the other ways to reach the desk, reasonable accommodation), followed by what this build's
/// tests found, worded from content/strings (accessibility.*) as WAIC's guideline requires for the claim they allow.
/// </summary>
public static class AccessibilityPage
{
    public const string Slug = "accessibility";

    public static AccessibilityResultsView View(AccessibilityStatement statement, UiText text, SiteUrls urls, Language language)
    {
        var claim = text[statement.Claim switch
        {
            ConformanceClaim.Conforms => "accessibility.level_conforms",
            ConformanceClaim.PartiallyConforms => "accessibility.level_partial",
            _ => "accessibility.level_considered",
        }];
        if (statement.Results is not { } results)
        {
            return new AccessibilityResultsView(text["accessibility.results_title"], claim, text["accessibility.not_current"], null);
        }

        var rows = results.Pages.Where(p => InLanguage(p.Path, language))
            .Select(p => new AccessibilityResultRow(p.Path, urls.BasePath.TrimEnd('/') + p.Path, p.AxeViolations, p.HtmlErrors, text[p.Passed ? "accessibility.passed" : "accessibility.failed"]))
            .ToList();
        return new AccessibilityResultsView(text["accessibility.results_title"], claim, results.FullTest ? null : text["accessibility.automated_only"],
            new AccessibilityResultsTable(text["accessibility.tested_on"], results.TestedOn, text["accessibility.tools"], results.Tools, text["accessibility.caption"],
                text["accessibility.page_column"], text["accessibility.axe_column"], text["accessibility.html_column"], text["accessibility.result_column"], rows));
    }

    // Each language's statement lists that language's pages (English under /en/); the 404 page is in both.
    private static bool InLanguage(string path, Language language) =>
        path.StartsWith("/404", StringComparison.Ordinal) || (language == Language.En) == path.StartsWith("/en/", StringComparison.Ordinal);
}
