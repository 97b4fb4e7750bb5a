using PrivacySite.Content.Model;

namespace PrivacySite.Content.Validation.Markdown;

/// <summary>
/// The pages a link can reach, per language, each with the text readers see there: an English
/// page marked untranslated shows the Japanese page's text, so its anchors are the Japanese ones.
/// </summary>
internal sealed class PageIndex
{
    private readonly Dictionary<(string Slug, Language Language), ParsedPage> _shown = [];
    private readonly HashSet<string> _slugsOnDisk;

    public PageIndex(ContentSet content, IReadOnlyList<ParsedPage> parsed)
    {
        var bySlug = parsed.ToDictionary(p => (p.Source.Slug, p.Source.Language));
        foreach (var page in content.Pages)
        {
            var shown = page.Language == Language.En && page.FrontMatter.Untranslated == true ? Language.Ja : page.Language;
            if (bySlug.TryGetValue((page.Slug, shown), out var source))
            {
                _shown[(page.Slug, page.Language)] = source;
            }
        }

        // Pages that failed to load still exist for links: their own problems are reported elsewhere.
        var pages = Path.Combine(content.Root, Loading.MarkdownPageLoader.Folder);
        _slugsOnDisk = Directory.Exists(pages)
            ? Directory.EnumerateFiles(pages, "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(pages, f).Replace('\\', '/'))
                .Select(SlugOf)
                .ToHashSet(StringComparer.Ordinal)
            : [];
        Slugs = [.. _slugsOnDisk.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> Slugs { get; }

    /// <summary>"guide/fees.ja.md" → "guide/fees", as the loader names pages; a file without a language keeps its name.</summary>
    private static string SlugOf(string file)
    {
        var name = file[..^".md".Length];
        var dot = name.LastIndexOf('.');
        return dot > name.LastIndexOf('/') ? name[..dot] : name;
    }

    public bool Exists(string slug) => _slugsOnDisk.Contains(slug);

    /// <summary>The page whose text readers see at this slug and language; null when unknown or unreadable.</summary>
    public ParsedPage? Shown(string slug, Language language) => _shown.GetValueOrDefault((slug, language));
}
