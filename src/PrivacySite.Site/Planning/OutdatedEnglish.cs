using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Site.Planning;

/// <summary>
/// Which English pages say they may be out of date: those holding an English text the load stage
/// found left behind by its Japanese (<see cref="ContentSet.Drift"/>). A notice section's page holds its
/// file's texts (the handler's, site.yaml's too; a section added in Markdown, its English file's); the full notice holds them all.
/// </summary>
internal sealed class OutdatedEnglish(ContentSet content)
{
    private readonly HashSet<string> _files = content.Drift.Select(d => d.English.File).ToHashSet(StringComparer.Ordinal);

    public bool Page(MarkdownPage page) => page.Language == Language.En && _files.Contains(page.File);

    // Each notice page's files: a section the society added in Markdown has one per language.
    private readonly ILookup<string, string> _filesOf = NoticePages.AllOf(content.Notice)
        .Concat(content.Notice.Extras.SelectMany(e => e.Files.Select(f => (e.Slug, File: f))))
        .ToLookup(p => p.Slug, p => p.File, StringComparer.Ordinal);

    public bool NoticePage(string slug, Language language) => language == Language.En && slug switch
    {
        _ when slug == NoticePages.FullNoticeSlug => _files.Contains(ContentLoader.SiteFile) || _filesOf.Any(p => p.Any(_files.Contains)),
        NoticePages.HandlerSlug => _files.Contains(ContentLoader.SiteFile) || _filesOf[slug].Any(_files.Contains),
        _ => _filesOf[slug].Any(_files.Contains),
    };
}
