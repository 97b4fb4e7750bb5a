using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Site.Planning;

/// <summary>
/// Which English pages say they may be out of date: those holding an English text the load stage
/// found left behind by its Japanese (<see cref="ContentSet.Drift"/>). A notice section's page holds its
/// file's texts (the handler's, site.yaml's too); the full notice holds them all.
/// </summary>
internal sealed class OutdatedEnglish(ContentSet content)
{
    private readonly HashSet<string> _files = content.Drift.Select(d => d.English.File).ToHashSet(StringComparer.Ordinal);

    public bool Page(MarkdownPage page) => page.Language == Language.En && _files.Contains(page.File);

    private readonly IReadOnlyList<(string Slug, string File)> _pages = [.. NoticePages.AllOf(content.Notice)];

    public bool NoticePage(string slug, Language language) => language == Language.En && slug switch
    {
        _ when slug == NoticePages.FullNoticeSlug => _files.Contains(ContentLoader.SiteFile) || _pages.Any(p => _files.Contains(p.File)),
        NoticePages.HandlerSlug => _files.Contains(ContentLoader.SiteFile) || _files.Contains(_pages.Single(p => p.Slug == slug).File),
        _ => _files.Contains(_pages.Single(p => p.Slug == slug).File),
    };
}
