using PrivacySite.Content.Addresses;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Validation;
using PrivacySite.Forms.Text;
using PrivacySite.Site.Planning;
using PrivacySite.Site.Rendering;

namespace PrivacySite.Site;

/// <summary>
/// Load, then validate: everything `check` reports and `build` refuses to publish. Both
/// commands come through here, so a rule added here (including rules from other libraries,
/// such as the forms') runs in both and they can never disagree about what is wrong.
/// </summary>
public static class ContentChecks
{
    /// <param name="clock">What "today" is for date checks; the system clock when null.</param>
    /// <returns>The loaded content, or null when a data file did not load (each file that did is still checked).</returns>
    /// <remarks>Continues on any thread, so a host that must wait for it at start-up can block safely.</remarks>
    public static async Task<ContentSet?> RunAsync(string root, DiagnosticBag diagnostics, TimeProvider? clock = null) =>
        (await RunForBuildAsync(root, diagnostics, clock, baseUrlOverride: null).ConfigureAwait(false))?.Content;

    /// <summary>The same checks, handing on the notice's bodies they rendered, so the build renders them only once.</summary>
    /// <param name="baseUrlOverride">The address the build publishes at, when not site.yaml's: the notice's links to the forms point there.</param>
    public static async Task<CheckedContent?> RunForBuildAsync(string root, DiagnosticBag diagnostics, TimeProvider? clock, string? baseUrlOverride)
    {
        var loaded = ContentLoader.Load(root, diagnostics);

        // The notice's pages are rendered in memory, so links to their headings can be checked;
        // only content that loaded cleanly, as the build would render it.
        var notice = loaded.Content is { } content && !diagnostics.HasErrors
            ? await NoticeBodyRenderer.RenderAsync(content, SiteUrls.TryCreate(baseUrlOverride ?? content.Settings.BaseUrl), diagnostics).ConfigureAwait(false)
            : NoticeBodies.None;
        ContentValidator.Validate(loaded, diagnostics, clock, NoticeAnchors.Read(notice), new FormTextRule());
        return loaded.Content is { } checkedContent ? new CheckedContent(checkedContent, notice) : null;
    }
}
