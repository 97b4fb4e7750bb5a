using PrivacySite.Content.Formats;
using PrivacySite.Content.History;
using PrivacySite.Content.History.Changes;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Theme.Formatting;

namespace PrivacySite.Site.Planning;

/// <summary>
/// Plans the notice's history (/notice/history/): the list of its versions and, for each version
/// whose content loads, a page with the notice as it stood and what changed from the version before.
/// </summary>
public static class NoticeHistoryPlanner
{
    public static string Slug { get; } = NoticePages.FullNoticeSlug + "/history";

    public static string VersionSlug(DateOnly date) => $"{Slug}/{IsoDate.Write(date)}";

    public static IEnumerable<PlannedPage> Pages(ContentSet content, IReadOnlyList<NoticeVersion> versions)
    {
        var shown = versions.Where(v => v.Content is not null).ToList();
        var bodies = shown.Select((v, i) => new NoticeVersionBody(v, i == 0 ? null : Changes(shown[i - 1].Content!, v.Content!))).ToList();
        foreach (var language in Languages.All)
        {
            var text = content.Strings[language].Values;
            yield return new PlannedPage(Slug, language, text["history.title"], text["history.description"], new NoticeHistoryBody(versions));
            foreach (var body in bodies)
            {
                var date = DateText.Format(body.Version.Date, text["date.format"]);
                var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, text["history.version_title"], date);
                yield return new PlannedPage(VersionSlug(body.Version.Date), language, title, text["history.description"], body);
            }
        }
    }

    /// <summary>What changed in the notice's own files between two versions; the revision list, which only grows, is left out.</summary>
    private static IReadOnlyList<ContentChange> Changes(ContentSet before, ContentSet after) =>
        [.. ContentComparer.Compare(before, after).Where(RevisionTriggers.TouchesNotice)];
}
