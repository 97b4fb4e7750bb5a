using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Loading;

/// <summary>The load stage: reads the content folder into a <see cref="ContentSet"/>, collecting every problem met.</summary>
public static class ContentLoader
{
    public const string SiteFile = "site.yaml";

    public static ContentSet? Load(string root, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(root))
        {
            diagnostics.Add(DiagnosticDescriptors.ContentFolderMissing, new SourceLocation(root), Path.GetFullPath(root));
            return null;
        }

        var maps = new Dictionary<string, SourceMap>(StringComparer.Ordinal);
        var (settings, settingsMap) = YamlFileReader.Load<SiteSettings>(root, SiteFile, diagnostics);
        maps[settingsMap.File] = settingsMap;

        var strings = new Dictionary<Language, UiStrings>();
        foreach (var language in Languages.All)
        {
            var (loaded, map) = UiStringsLoader.Load(root, language, diagnostics);
            strings[language] = loaded;
            maps[map.File] = map;
        }

        var pages = MarkdownPageLoader.LoadAll(root, diagnostics);
        foreach (var (_, map) in pages)
        {
            maps[map.File] = map;
        }

        var forms = FormsLoader.Load(root, maps, diagnostics);

        return settings is null || forms is null
            ? null
            : new ContentSet(Path.GetFullPath(root), settings, strings, [.. pages.Select(p => p.Page)], maps, forms);
    }
}
