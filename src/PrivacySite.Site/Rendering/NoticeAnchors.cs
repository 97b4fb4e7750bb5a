using System.Net;
using System.Text.RegularExpressions;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Content.Validation;
using PrivacySite.Site.Planning;
using PrivacySite.Theme.Rendering;
using PrivacySite.Theme.ViewModels;

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

    /// <param name="diagnostics">Where UI words the notice needs but the strings files lack are reported, as the build reports them.</param>
    public static async Task<IReadOnlyList<PageAnchors>> ReadAsync(ContentSet content, DiagnosticBag diagnostics)
    {
        var text = Languages.All.ToDictionary(l => l, l => new UiText(content.Strings[l], MissingUiString.ReportTo(diagnostics, content)));
        var files = NoticePages.All.ToDictionary(p => p.Slug, p => p.File);
        var anchors = new List<PageAnchors>();
        var html = new ComponentHtmlRenderer();
        await using (html.ConfigureAwait(false))
        {
            foreach (var page in NoticePlanner.Pages(content))
            {
                var context = new NoticeContext(page.Language, text[page.Language], content.Notice.Complaints.Contact, null, null);
                var body = await NoticePageRenderer.RenderBodyAsync(html, page.Body, context).ConfigureAwait(false);
                var ids = Id().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups["id"].Value)).ToHashSet(StringComparer.Ordinal);
                anchors.Add(new PageAnchors(page.Slug, page.Language, files[page.Slug], ids));
            }
        }

        return anchors;
    }
}
