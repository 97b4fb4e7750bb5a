using System.Text.RegularExpressions;

namespace PrivacySite.Site.Markdown;

/// <summary>
/// Editors link pages by file name without the language, <c>[方針](policy.md#purpose)</c>,
/// the same in both languages; this recognises such links.
/// </summary>
public static partial class PageLinks
{
    [GeneratedRegex(@"^(?<slug>[a-z0-9][a-z0-9\-/]*)\.md(?:#(?<anchor>.+))?$")]
    private static partial Regex PageLink();

    public static bool TryParse(string? url, out string slug, out string? anchor)
    {
        var match = url is null ? Match.Empty : PageLink().Match(url);
        slug = match.Success ? match.Groups["slug"].Value : "";
        anchor = match.Success && match.Groups["anchor"].Success ? match.Groups["anchor"].Value : null;
        return match.Success;
    }
}
