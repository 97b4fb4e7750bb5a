using System.Net;
using System.Text.RegularExpressions;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Content.Validation;

namespace PrivacySite.Site.Rendering;

/// <summary>
/// The ids on each page of the notice, read off its text as the theme renders it, so that a
/// Markdown link to a heading or row of the notice is checked like one between Markdown pages.
/// Which ids a page has is the theme's decision; reading them here keeps it the only one.
/// </summary>
internal static partial class NoticeAnchors
{
    [GeneratedRegex("\\sid=\"(?<id>[^\"]+)\"")]
    private static partial Regex Id();

    public static IReadOnlyList<PageAnchors> Read(NoticeBodies bodies)
    {
        var files = NoticePages.All.ToDictionary(p => p.Slug, p => p.File);
        return
        [
            .. bodies.Html.Select(body => new PageAnchors(body.Key.Slug, body.Key.Language, files[body.Key.Slug],
                Id().Matches(body.Value).Select(m => WebUtility.HtmlDecode(m.Groups["id"].Value)).ToHashSet(StringComparer.Ordinal))),
        ];
    }
}
