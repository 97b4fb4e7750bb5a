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

    /// <summary>The pages this society's notice has: <see cref="All"/> without the sections it left out, with those it added.</summary>
    public static IEnumerable<(string Slug, string File)> AllOf(PrivacyNotice notice) =>
        All.Where(p => SectionFiles.All(f => f.Slug != p.Slug) || SectionFilesOf(notice).Any(f => f.Slug == p.Slug))
            .Concat(notice.Extras.Select(e => (e.Slug, e.File)));

    /// <summary>
    /// Every section after the handler, in the notice's order: the section files this society has, and each
    /// section it added placed after the one its <c>after</c> names (right after the handler for
    /// <see cref="HandlerSlug"/>); several after the same one keep the order they are declared in, each with
    /// the sections placed after it, whatever order they are declared in. One whose
    /// <c>after</c> names nothing placed (reported by the check, so never built) comes last.
    /// </summary>
    public static IReadOnlyList<(string Slug, string File, INoticeSection Section)> SectionsOf(PrivacyNotice notice)
    {
        var (order, unplaced) = Place(notice);
        return [.. order, .. unplaced.Select(e => (e.Slug, e.File, e.Section))];
    }

    /// <summary>The sections the society added whose <c>after</c> names no section placed before them (nothing, or each other).</summary>
    public static IReadOnlyList<NoticeExtra> UnplacedOf(PrivacyNotice notice) => Place(notice).Unplaced;

    private static (List<(string Slug, string File, INoticeSection Section)> Order, List<NoticeExtra> Unplaced) Place(PrivacyNotice notice)
    {
        var order = SectionFilesOf(notice).Select(f => (f.Slug, File: f.Kind.RelativePath, Section: (INoticeSection)notice.Part(f.Kind.RootType))).ToList();
        var waiting = notice.Extras.ToList();
        var placedAfter = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var progress = true; progress && waiting.Count > 0;)
        {
            progress = false;
            foreach (var extra in waiting.ToList())
            {
                var after = extra.Declaration.After;
                var at = after == HandlerSlug ? 0 : order.FindIndex(s => s.Slug == after) + 1;
                if (at == 0 && after != HandlerSlug)
                {
                    continue;
                }

                // After those already placed behind the same section, with whatever was placed behind them.
                while (at < order.Count && Follows(order[at].Slug, after, placedAfter))
                {
                    at++;
                }

                order.Insert(at, (extra.Slug, extra.File, extra.Section));
                placedAfter[extra.Slug] = after;
                waiting.Remove(extra);
                progress = true;
            }
        }

        return (order, waiting);
    }

    /// <summary>Whether the section at <paramref name="slug"/> was placed behind <paramref name="section"/>, directly or behind another so placed.</summary>
    private static bool Follows(string slug, string section, Dictionary<string, string> placedAfter)
    {
        for (var current = slug; placedAfter.TryGetValue(current, out var before); current = before)
        {
            if (before == section)
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>The file (notice/requests.yaml) that holds a <typeparamref name="TSection"/>.</summary>
    public static string FileOf<TSection>()
        where TSection : INoticeSection =>
        SectionFiles.Single(f => f.Kind.RootType == typeof(TSection)).Kind.RelativePath;

    private static string SlugOf(YamlFileKind kind) => Path.GetFileNameWithoutExtension(kind.RelativePath);
}
