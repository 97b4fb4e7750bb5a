using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Markdown;

/// <summary>
/// The pages a link can reach (<see cref="SitePages"/>), and per language the anchors readers
/// find there: an English page marked untranslated shows the Japanese page's text, so its
/// anchors are the Japanese ones; the notice's pages have the anchors their model declares.
/// </summary>
internal sealed class PageIndex
{
    private readonly Dictionary<(string Slug, Language Language), MarkdownPage> _shown = [];
    private readonly Dictionary<(string Slug, Language Language), PageAnchors> _anchors;
    private readonly HashSet<string> _slugs;

    public PageIndex(ContentSet content, IReadOnlyList<PageAnchors> noticeAnchors)
    {
        _anchors = noticeAnchors.ToDictionary(a => (a.Slug, a.Language));
        var bySlug = content.Pages.ToDictionary(p => (p.Slug, p.Language));
        foreach (var page in content.Pages)
        {
            var shown = page.Language == Language.En && page.FrontMatter.Untranslated == true ? Language.Ja : page.Language;
            if (bySlug.TryGetValue((page.Slug, shown), out var source))
            {
                _shown[(page.Slug, page.Language)] = source;
                _anchors[(page.Slug, page.Language)] = new PageAnchors(page.Slug, page.Language, source.File,
                    source.Markdown.Headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal));
            }
        }

        // Pages that failed to load still exist for links: their own problems are reported elsewhere.
        // The loader has reported the links it refused; this second look reports nothing.
        _slugs = [.. SitePages.Slugs(content)];
        _slugs.UnionWith(new ContentFiles(content.Root, null).Under(MarkdownPageLoader.Folder, MarkdownPageLoader.Extension)
            .Select(e => SlugOf(e.File[(MarkdownPageLoader.Folder.Length + 1)..])));

        Slugs = [.. _slugs.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> Slugs { get; }

    /// <summary>"guide/fees.ja.md" → "guide/fees", as the loader names pages; a file without a language keeps its name.</summary>
    private static string SlugOf(string file)
    {
        var name = file[..^".md".Length];
        var dot = name.LastIndexOf('.');
        return dot > name.LastIndexOf('/') ? name[..dot] : name;
    }

    public bool Exists(string slug) => _slugs.Contains(slug);

    /// <summary>The Markdown page whose text readers see at this slug and language; null when there is none or it is unreadable.</summary>
    public MarkdownPage? Shown(string slug, Language language) => _shown.GetValueOrDefault((slug, language));

    /// <summary>The anchors readers find at this slug and language; null when they are not known.</summary>
    public PageAnchors? Anchors(string slug, Language language) => _anchors.GetValueOrDefault((slug, language));
}
