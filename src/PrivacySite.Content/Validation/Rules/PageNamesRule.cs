using System.Text.RegularExpressions;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// A Markdown page's name becomes its address, so it must be one: no spaces or marks that break
/// an address, no two names that differ only in letter case (most file systems and web hosts
/// take them for one), and none of the folders the site keeps for itself.
/// </summary>
internal sealed partial class PageNamesRule : IContentRule
{
    /// <summary>
    /// The first folder of addresses the site uses itself: the English pages, the intake
    /// service's endpoints (IntakeRoutes) and the theme's files (SiteUrls.Asset).
    /// </summary>
    private static readonly (string Folder, Phrase Use)[] Reserved =
    [
        (Language.En.PathPrefix().TrimEnd('/'), new Phrase("the English pages", "英語のページ")),
        ("api", new Phrase("the service that receives the online forms", "オンラインフォームの受付サービス")),
        ("assets", new Phrase("the site's styles, scripts and images", "サイトのスタイル、スクリプト、画像")),
    ];

    /// <summary>The first folders of addresses the site keeps for itself, which no page of an editor's may take.</summary>
    public static IEnumerable<string> ReservedFolders => Reserved.Select(r => r.Folder);

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]*$")]
    private static partial Regex Segment();

    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var page in content.Pages)
        {
            var at = new SourceLocation(page.File, 1, 1);
            var first = page.Slug.Split('/')[0];
            if (!page.Slug.Split('/').All(Segment().IsMatch))
            {
                diagnostics.Add(DiagnosticDescriptors.PageNameUnusable, at, page.File);
            }
            else if (Reserved.FirstOrDefault(r => r.Folder.Equals(first, StringComparison.OrdinalIgnoreCase)) is { Folder: not null } reserved)
            {
                diagnostics.Add(DiagnosticDescriptors.PageTakesReservedAddress, at, page.Slug, "/" + page.Slug + "/", reserved.Use);
            }
        }

        // Reported at each page after the first of its kind, naming the first.
        foreach (var group in content.Pages.GroupBy(p => (p.Slug.ToLowerInvariant(), p.Language)))
        {
            var pages = group.OrderBy(p => p.File, StringComparer.Ordinal).ToList();
            foreach (var page in pages.Skip(1))
            {
                diagnostics.Add(DiagnosticDescriptors.PageNamesDifferInCase, new SourceLocation(page.File, 1, 1), pages[0].File, page.File);
            }
        }
    }
}
