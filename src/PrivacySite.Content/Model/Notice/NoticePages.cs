using PrivacySite.Content.Loading;

namespace PrivacySite.Content.Model.Notice;

/// <summary>
/// Where the notice is published, decided by its files alone: the full notice (notice.yaml →
/// /notice/), the handler section (/handler/, headed in notice.yaml, its details in site.yaml),
/// then a page per section file, named after it (purposes.yaml → /purposes/), in the order of
/// <see cref="YamlFileKind.All"/>.
/// </summary>
public static class NoticePages
{
    public const string HandlerSlug = "handler";

    private static readonly YamlFileKind FullNoticeFile = YamlFileKind.All.Single(k => k.RootType == typeof(FullNotice));

    public static string FullNoticeSlug { get; } = SlugOf(FullNoticeFile);

    /// <summary>The section files, in the notice's order, each with its page's slug.</summary>
    public static IReadOnlyList<(string Slug, YamlFileKind Kind)> SectionFiles { get; } =
        [.. YamlFileKind.All.Where(k => k.RootType.IsAssignableTo(typeof(INoticeSection))).Select(k => (SlugOf(k), k))];

    /// <summary>The section files this society's notice has (an optional one only when it wrote it), in the notice's order.</summary>
    public static IEnumerable<(string Slug, YamlFileKind Kind)> SectionFilesOf(PrivacyNotice notice) =>
        SectionFiles.Where(f => notice.Find(f.Kind.RootType) is not null);

    /// <summary>The pages this society's notice has: <see cref="All"/> without the sections it left out.</summary>
    public static IEnumerable<(string Slug, string File)> AllOf(PrivacyNotice notice) =>
        All.Where(p => SectionFiles.All(f => f.Slug != p.Slug) || SectionFilesOf(notice).Any(f => f.Slug == p.Slug));

    /// <summary>Every page a notice can have, with the file editors change to change its text.</summary>
    public static IReadOnlyList<(string Slug, string File)> All { get; } =
    [
        (FullNoticeSlug, FullNoticeFile.RelativePath),
        (HandlerSlug, FullNoticeFile.RelativePath),
        .. SectionFiles.Select(s => (s.Slug, s.Kind.RelativePath)),
    ];

    /// <summary>The slug of the section page whose file holds a <typeparamref name="TSection"/>.</summary>
    public static string SlugOf<TSection>()
        where TSection : INoticeSection =>
        SectionFiles.Single(f => f.Kind.RootType == typeof(TSection)).Slug;

    private static string SlugOf(YamlFileKind kind) => Path.GetFileNameWithoutExtension(kind.RelativePath);
}
