using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Theme.ViewModels;

namespace PrivacySite.Site.Planning;

/// <summary>
/// Plans the privacy notice: a page per section, named after its file under content/notice/
/// (purposes.yaml → /purposes/), plus the full notice (notice.yaml → /notice/) holding every
/// section in the order of <see cref="Content.Loading.YamlFileKind.All"/>. The handler section
/// comes first; its details live in site.yaml.
/// </summary>
public static class NoticePlanner
{
    public const string HandlerSlug = "handler";

    public static IReadOnlyList<NoticeSection> Sections(ContentSet content) =>
    [
        new(HandlerSlug, content.Notice.FullNotice.Handler, content.Settings.Handler),
        .. content.YamlFiles()
            .Where(file => file.Model is INoticeSection)
            .Select(file => new NoticeSection(SlugOf(file.File), ((INoticeSection)file.Model).Page, file.Model)),
    ];

    public static IEnumerable<PlannedPage> Pages(ContentSet content)
    {
        var sections = Sections(content);
        var full = content.Notice.FullNotice;
        IReadOnlyList<(string, LocalizedText)> contents =
            [(FullNoticeSlug(content), full.Page.Title), .. sections.Select(s => (s.Slug, s.Page.Title))];

        foreach (var language in Languages.All)
        {
            yield return Page(FullNoticeSlug(content), language, full.Page, new FullNoticeBody(full, sections));
            foreach (var section in sections)
            {
                yield return Page(section.Slug, language, section.Page, new NoticeSectionBody(section, contents));
            }
        }
    }

    public static IEnumerable<NavEntry> Navigation(ContentSet content) =>
        Sections(content)
            .Select(s => (s.Slug, s.Page))
            .Prepend((Slug: FullNoticeSlug(content), content.Notice.FullNotice.Page))
            .Where(p => p.Page.NavOrder is not null)
            .Select(p => new NavEntry(p.Slug, p.Page.NavOrder!.Value, Languages.All.ToDictionary(l => l, l => p.Page.Title[l])));

    private static PlannedPage Page(string slug, Language language, SectionPage page, PageBody body) =>
        new(slug, language, page.Title[language], page.Description?[language], body);

    private static string FullNoticeSlug(ContentSet content) =>
        SlugOf(content.YamlFiles().Single(file => file.Model is FullNotice).File);

    private static string SlugOf(string file) => Path.GetFileNameWithoutExtension(file);
}
