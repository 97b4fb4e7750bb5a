using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Planning;

/// <summary>
/// Plans the privacy notice's pages where <see cref="NoticePages"/> puts them: a page per
/// section and the full notice holding every section in order.
/// </summary>
public static class NoticePlanner
{
    public static IEnumerable<PlannedPage> Pages(ContentSet content)
    {
        var sections = NoticeSection.AllOf(content);
        var full = content.Notice.FullNotice;
        IReadOnlyList<(string, LocalizedText)> contents =
            [(NoticePages.FullNoticeSlug, full.Page.Title), .. sections.Select(s => (s.Slug, s.Page.Title))];

        foreach (var language in Languages.All)
        {
            yield return Page(NoticePages.FullNoticeSlug, language, full.Page, new FullNoticeBody(full, sections));
            foreach (var section in sections)
            {
                yield return Page(section.Slug, language, section.Page, new NoticeSectionBody(section, contents));
            }
        }
    }

    private static PlannedPage Page(string slug, Language language, SectionPage page, PageBody body) =>
        new(slug, language, page.Title[language], page.Description?[language], body);
}
