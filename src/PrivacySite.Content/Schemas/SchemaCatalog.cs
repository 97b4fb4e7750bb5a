using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Schemas;

/// <summary>Every schema the repository keeps: one per YAML data file kind, the pages' front matter, and the UI strings.</summary>
public static class SchemaCatalog
{
    public static SchemaFile Page { get; } = new("schemas/page.schema.json", "pages/<page>.<ja|en>.md front matter", typeof(PageFrontMatter));

    public static SchemaFile Strings { get; } = new("schemas/strings.schema.json", $"{UiStringsLoader.Folder}/<ja|en>.yaml", null);

    /// <summary>The schema of every section a society adds in YAML (notice.yaml's <c>extra_sections</c>).</summary>
    public static SchemaFile ExtraSection { get; } = new(
        ExtraSectionLoader.KindOf("name").SchemaFile, $"{ExtraSectionLoader.YamlFile("<name>")} (a section listed under extra_sections in notice.yaml)", typeof(Model.Notice.ExtraSection));

    public static IReadOnlyList<SchemaFile> All { get; } =
    [
        .. YamlFileKind.All.Select(k => new SchemaFile(k.SchemaFile, k.RelativePath, k.RootType)),
        ExtraSection,
        Page,
        Strings,
    ];

    /// <summary>Each YAML file editors keep (with the sections <paramref name="content"/> adds in YAML), with the schema it should point at.</summary>
    public static IEnumerable<(string YamlFile, SchemaFile Schema)> YamlFiles(ContentSet content) =>
        YamlFileKind.All.Select(k => (k.RelativePath, All.Single(s => s.File == k.SchemaFile)))
            .Concat(content.Notice.Extras.Where(e => e.Section is Model.Notice.ExtraSection).Select(e => (e.File, ExtraSection)))
            .Concat(Languages.All.Select(l => (UiStringsLoader.File(l), Strings)));

    /// <summary>Writes every schema under <paramref name="contentRoot"/>; returns the files whose text changed.</summary>
    public static IReadOnlyList<string> WriteAll(string contentRoot)
    {
        var changed = new List<string>();
        foreach (var schema in All)
        {
            var path = Path.Combine(contentRoot, schema.File);
            var text = schema.Text();
            if (File.Exists(path) && File.ReadAllText(path) == text)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            changed.Add(schema.File);
        }

        return changed;
    }
}
