namespace PrivacySite.Site;

/// <summary>What to build from where: the content folder, the output folder, the theme's assets.</summary>
/// <param name="Clock">What "today" is for the content's date checks; the system clock when null.</param>
/// <param name="IntakeUrl">The intake service's address the forms post to; null for /api on the site's own origin.</param>
/// <param name="FormsDisabled">For previews that cannot reach an intake service: the form pages say so instead of showing a form.</param>
/// <param name="AccessibilityResults">The test suite's results file for the accessibility statement; default: artifacts/accessibility-results.json beside the content folder.</param>
/// <param name="NoticeHistory">Whether to read the git history for the notice's history pages (/notice/history/); `serve` leaves it out to rebuild fast.</param>
public sealed record BuildOptions(
    string ContentRoot,
    string OutputRoot,
    string ThemeAssets,
    string? BaseUrl = null,
    TimeProvider? Clock = null,
    string? IntakeUrl = null,
    bool FormsDisabled = false,
    bool NoticeHistory = true,
    string? AccessibilityResults = null)
{
    /// <summary>The results file the build reads: the one given, else the suite's, in the checkout's artifacts/.</summary>
    public string AccessibilityResultsPath => AccessibilityResults
        ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ContentRoot).TrimEnd(Path.DirectorySeparatorChar))!, "artifacts", Accessibility.AccessibilityResults.FileName);
}
