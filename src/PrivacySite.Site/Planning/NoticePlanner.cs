using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Planning;

/// <summary>
/// Plans the privacy notice's pages where <see cref="NoticePages"/> puts them: a page per
/// section and the full notice holding every section in order. The handler section comes
/// first; its details live in site.yaml.
/// </summary>
public static class NoticePlanner
{
    public static IReadOnlyList<NoticeSection> Sections(ContentSet content) =>
    [
        new(NoticePages.HandlerSlug, content.Notice.FullNotice.Handler, content.Settings.Handler),
        .. NoticePages.SectionFiles.Select(file =>
        {
            var model = content.Notice.Part(file.Kind.RootType);
            return new NoticeSection(file.Slug, ((INoticeSection)model).Page, model);
        }),
    ];

    public static IEnumerable<PlannedPage> Pages(ContentSet content)
    {
        var sections = Sections(content);
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

    public static IEnumerable<NavEntry> Navigation(ContentSet content) =>
        Sections(content)
            .Select(s => (s.Slug, s.Page))
            .Prepend((Slug: NoticePages.FullNoticeSlug, content.Notice.FullNotice.Page))
            .Where(p => p.Page.NavOrder is not null)
            .Select(p => new NavEntry(p.Slug, p.Page.NavOrder!.Value, Languages.All.ToDictionary(l => l, l => p.Page.Title[l])));

    private static PlannedPage Page(string slug, Language language, SectionPage page, PageBody body) =>
        new(slug, language, page.Title[language], page.Description?[language], body);
}
