using PrivacySite.Content.Model.Forms;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Model;

/// <summary>
/// Every page the site has, by slug: each Markdown page (pages/guide/fees.ja.md → guide/fees),
/// each page of the notice (<see cref="NoticePages"/>) and the two forms (<see cref="FormAddresses"/>).
/// The link check takes the pages a link may reach from here, and the site planner builds exactly these.
/// </summary>
public static class SitePages
{
    public static IReadOnlySet<string> Slugs(ContentSet content) =>
        content.Pages.Select(p => p.Slug)
            .Concat(NoticePages.AllOf(content.Notice).Select(p => p.Slug))
            .Concat(FormAddresses.All.Select(p => p.Slug))
            .ToHashSet(StringComparer.Ordinal);
}
