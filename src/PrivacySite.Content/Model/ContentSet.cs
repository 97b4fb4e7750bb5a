using PrivacySite.Content.Loading;

namespace PrivacySite.Content.Model;

/// <summary>Everything loaded from the content folder: the input of validation and rendering.</summary>
public sealed record ContentSet(
    string Root,
    SiteSettings Settings,
    IReadOnlyDictionary<Language, UiStrings> Strings,
    IReadOnlyList<MarkdownPage> Pages,
    IReadOnlyDictionary<string, SourceMap> SourceMaps)
{
    /// <summary>Each YAML data file with the record loaded from it, for rules that walk them all.</summary>
    public IEnumerable<(string File, object Model)> YamlFiles()
    {
        yield return (ContentLoader.SiteFile, Settings);
    }
}
