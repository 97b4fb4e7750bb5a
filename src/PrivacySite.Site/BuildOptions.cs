namespace PrivacySite.Site;

/// <summary>What to build from where: the content folder, the output folder, the theme's assets.</summary>
/// <param name="Clock">What "today" is for the content's date checks; the system clock when null.</param>
/// <param name="IntakeUrl">The intake service's address the forms post to; null for /api on the site's own origin.</param>
/// <param name="FormsDisabled">For previews that cannot reach an intake service: the form pages say so instead of showing a form.</param>
/// <param name="NoticeHistory">Whether to read the git history for the notice's history pages (/notice/history/); `serve` leaves it out to rebuild fast.</param>
public sealed record BuildOptions(
    string ContentRoot,
    string OutputRoot,
    string ThemeAssets,
    string? BaseUrl = null,
    TimeProvider? Clock = null,
    string? IntakeUrl = null,
    bool FormsDisabled = false,
    bool NoticeHistory = true);
