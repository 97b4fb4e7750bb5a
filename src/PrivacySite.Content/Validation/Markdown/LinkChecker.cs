using System.Text.RegularExpressions;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Markdown;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Markdown;

/// <summary>
/// Follows every link of a page as readers in one language will: to a page and heading that
/// exist, to another site, or to an e-mail address or phone number written correctly.
/// </summary>
internal sealed partial class LinkChecker(PageIndex pages, string basePath, DiagnosticBag diagnostics)
{
    [GeneratedRegex(@"^(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*):")]
    private static partial Regex Scheme();

    /// <summary>Checks the links in <paramref name="shown"/>'s text as they appear on the page at (slug, language).</summary>
    public void Check(MarkdownPage shown, string slug, Language language)
    {
        foreach (var link in shown.Markdown.Links)
        {
            Check(link.Url, link.IsImage, link.At, slug, language);
        }
    }

    private void Check(string url, bool image, SourceLocation at, string slug, Language language)
    {
        if (url.StartsWith('#'))
        {
            CheckAnchor(url, slug, language, url[1..], at);
        }
        else if (Scheme().Match(url) is { Success: true } scheme)
        {
            CheckExternal(url, scheme.Groups["scheme"].Value.ToLowerInvariant(), image, at);
        }
        else if (url.StartsWith("//", StringComparison.Ordinal))
        {
            CheckExternal(url, "https", image, at);
        }
        else if (url.StartsWith('/'))
        {
            CheckSitePath(url, at);
        }
        else if (PageLinks.TryParse(url, out var target, out var anchor))
        {
            CheckPage(url, target, language, anchor, at);
        }
        else if (PageLinks.TryParseLanguageFile(url, out var pageLink))
        {
            diagnostics.Add(DiagnosticDescriptors.LanguageFileLink, at, url, pageLink);
        }
        else
        {
            diagnostics.Add(DiagnosticDescriptors.UnknownLinkForm, at, url);
        }
    }

    private void CheckExternal(string url, string scheme, bool image, SourceLocation at)
    {
        var address = url[(url.IndexOf(':') + 1)..].Split('?')[0];
        switch (scheme)
        {
            case "http" or "https" when image:
                diagnostics.Add(DiagnosticDescriptors.ExternalImage, at, url);
                break;

            // "//host/…" opens with the page's own scheme, which is https.
            case "http" or "https" when WebAddress.Page(url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url) is null:
                diagnostics.Add(DiagnosticDescriptors.InvalidUrl, at, url, Phrases.Nothing);
                break;
            case "http" or "https":
                break;
            case "mailto" when !JapaneseFormats.TryEmail(Uri.UnescapeDataString(address), out _):
                diagnostics.Add(DiagnosticDescriptors.InvalidEmail, at, address);
                break;
            case "tel" when !JapaneseFormats.TryPhone(Uri.UnescapeDataString(address), out _):
                diagnostics.Add(DiagnosticDescriptors.InvalidPhone, at, address);
                break;
            case "mailto" or "tel":
                break;
            default:
                diagnostics.Add(DiagnosticDescriptors.UnsafeLink, at, url);
                break;
        }
    }

    /// <summary>A root-relative path such as /en/policy/#heading, as the site publishes it under its base path.</summary>
    private void CheckSitePath(string url, SourceLocation at)
    {
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? null : url[(hash + 1)..];
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            diagnostics.Add(DiagnosticDescriptors.UnknownLinkForm, at, url);
            return;
        }

        var rest = path[basePath.Length..];
        var language = Language.Ja;
        var prefix = Language.En.PathPrefix();
        if (rest.StartsWith(prefix, StringComparison.Ordinal) || rest == prefix.TrimEnd('/'))
        {
            language = Language.En;
            rest = rest.Length <= prefix.Length ? "" : rest[prefix.Length..];
        }

        rest = rest.EndsWith("index.html", StringComparison.Ordinal) ? rest[..^"index.html".Length] : rest;
        var slug = rest.Trim('/');
        CheckPage(url, slug.Length == 0 ? PageLinks.HomeSlug : slug, language, anchor, at);
    }

    private void CheckPage(string url, string slug, Language language, string? anchor, SourceLocation at)
    {
        if (!pages.Exists(slug))
        {
            var suggestion = YamlNaming.Suggest(slug, pages.Slugs);
            diagnostics.Add(DiagnosticDescriptors.BrokenLink, at, url, slug + ".md",
                suggestion is null ? Phrases.Nothing : Phrases.DidYouMean(suggestion + ".md"));
        }
        else if (anchor is not null)
        {
            CheckAnchor(url, slug, language, anchor, at);
        }
    }

    private void CheckAnchor(string url, string slug, Language language, string anchor, SourceLocation at)
    {
        var target = pages.Anchors(slug, language);
        var id = Uri.UnescapeDataString(anchor);
        if (target is null || target.Ids.Contains(id))
        {
            return;
        }

        var suggestion = YamlNaming.Suggest(id, target.Ids);
        diagnostics.Add(DiagnosticDescriptors.BrokenAnchor, at, url, target.File, id,
            suggestion is null ? Phrases.Nothing : Phrases.DidYouMean("#" + suggestion));
    }
}
