using System.Text.RegularExpressions;

namespace PrivacySite.Content.Markdown;

/// <summary>
/// Editors link pages by file name without the language, <c>[方針](policy.md#purpose)</c>,
/// the same in both languages; this recognises such links.
/// </summary>
public static partial class PageLinks
{
    /// <summary>The page published at the root of each language, /  and /en/.</summary>
    public const string HomeSlug = "index";

    [GeneratedRegex(@"^(?<slug>[a-z0-9][a-z0-9\-/]*)\.md(?:#(?<anchor>.+))?$")]
    private static partial Regex PageLink();

    [GeneratedRegex(@"^(?<slug>[a-z0-9][a-z0-9\-/]*)\.(?:ja|en)\.md(?<anchor>#.*)?$")]
    private static partial Regex LanguageFileLink();

    public static bool TryParse(string? url, out string slug, out string? anchor)
    {
        var match = url is null ? Match.Empty : PageLink().Match(url);
        slug = match.Success ? match.Groups["slug"].Value : "";
        anchor = match.Success && match.Groups["anchor"].Success ? match.Groups["anchor"].Value : null;
        return match.Success;
    }

    /// <summary>A link to one language's file, <c>policy.ja.md</c>; <paramref name="pageLink"/> is what to write instead.</summary>
    public static bool TryParseLanguageFile(string url, out string pageLink)
    {
        var match = LanguageFileLink().Match(url);
        pageLink = match.Success ? $"{match.Groups["slug"].Value}.md{match.Groups["anchor"].Value}" : "";
        return match.Success;
    }
}
