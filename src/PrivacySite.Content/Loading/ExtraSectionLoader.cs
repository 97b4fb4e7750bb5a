using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;

namespace PrivacySite.Content.Loading;

/// <summary>
/// Loads the sections a society adds (notice.yaml's <c>extra_sections</c>): each from notice/NAME.yaml (its parts in
/// YAML) or notice/NAME.ja.md and NAME.en.md (Markdown), reporting a section with no text, with both, or with one
/// language only. A declaration whose name cannot be read is skipped here and reported by the check.
/// </summary>
internal static class ExtraSectionLoader
{
    public const string Folder = "notice";

    public const string SchemaName = "extra-section";

    /// <summary>The kind of YAML file an added section is: one schema for all of them.</summary>
    public static YamlFileKind KindOf(string name) => new(YamlFile(name), typeof(ExtraSection), SchemaName);

    public static string YamlFile(string name) => $"{Folder}/{name}.yaml";

    public static string MarkdownFile(string name, Language language) => $"{Folder}/{name}.{language.Code()}{MarkdownPageLoader.Extension}";

    /// <summary>Every file the declared sections may be written in: the files of notice/ that are no mistake.</summary>
    public static IEnumerable<string> FilesOf(IReadOnlyList<ExtraSectionDeclaration> declared) =>
        declared.Select(d => d.Name).SelectMany(n => Languages.All.Select(l => MarkdownFile(n, l)).Prepend(YamlFile(n)));

    /// <returns>The sections that loaded, the records and source maps of their files, and whether every declared section loaded.</returns>
    public static (IReadOnlyList<NoticeExtra> Extras, IReadOnlyList<LoadedRecord> Records, bool Complete) Load(
        ContentFiles files, IReadOnlyList<ExtraSectionDeclaration> declared, SourceMap noticeMap, DiagnosticBag diagnostics)
    {
        var extras = new List<NoticeExtra>();
        var records = new List<LoadedRecord>();
        var complete = true;
        for (var i = 0; i < declared.Count; i++)
        {
            var declaration = declared[i];
            if (ExtraSectionNames.Problem(declared, i) is not null)
            {
                continue;
            }

            var at = noticeMap[$"extra_sections[{i}].name"];
            var section = LoadOne(files, declaration.Name, at, diagnostics, records);
            if (section is null)
            {
                complete = false;
                continue;
            }

            extras.Add(new NoticeExtra(declaration, section is MarkdownSection ? MarkdownFile(declaration.Name, Language.Ja) : YamlFile(declaration.Name), section));
        }

        return (extras, records, complete);
    }

    private static INoticeSection? LoadOne(ContentFiles files, string name, SourceLocation at, DiagnosticBag diagnostics, List<LoadedRecord> records)
    {
        var yaml = files.Find(YamlFile(name), out var yamlRefused);
        var markdown = Languages.All.ToDictionary(l => l, l => (File: MarkdownFile(name, l), Path: files.Find(MarkdownFile(name, l), out var refused), Refused: refused));
        var written = markdown.Values.Where(m => m.Path is not null).ToList();

        // A link that leaves the folder has been reported; the section is not read through it.
        if (yamlRefused || markdown.Values.Any(m => m.Refused))
        {
            return null;
        }

        if (yaml is not null && written.Count > 0)
        {
            diagnostics.Add(DiagnosticDescriptors.ExtraSectionWrittenTwice, at, name);
            return null;
        }

        if (yaml is not null)
        {
            var (value, map) = YamlFileReader.Load(files, KindOf(name), diagnostics);
            if (value is not ExtraSection extra)
            {
                return null;
            }

            records.Add(new LoadedRecord(map.File, extra, map));
            return extra;
        }

        if (written.Count == 0)
        {
            diagnostics.Add(DiagnosticDescriptors.ExtraSectionFileMissing, at, name);
            return null;
        }

        if (written.Count < markdown.Count)
        {
            var (present, missing) = markdown.Single(m => m.Value.Path is not null).Key == Language.Ja ? (Language.Ja, Language.En) : (Language.En, Language.Ja);
            diagnostics.Add(DiagnosticDescriptors.ExtraSectionLanguageMissing, new SourceLocation(markdown[present].File, 1, 1),
                name, Phrases.Language(present), markdown[missing].File, Phrases.Language(missing));
            return null;
        }

        var pages = new Dictionary<Language, MarkdownPage>();
        foreach (var (language, (file, path, _)) in markdown)
        {
            if (MarkdownPageLoader.Load(file, path!, Folder, diagnostics) is not { } loaded)
            {
                return null;
            }

            var (page, map) = loaded;
            records.Add(new LoadedRecord(file, page.FrontMatter, map));
            pages[language] = page;
        }

        return new MarkdownSection(pages[Language.Ja], pages[Language.En]);
    }
}
