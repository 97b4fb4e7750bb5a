using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;

namespace PrivacySite.Content.Schemas;

/// <summary>Every schema the repository keeps: one per YAML data file kind, the pages' front matter, and the UI strings.</summary>
public static class SchemaCatalog
{
    public static SchemaFile Page { get; } = new("schemas/page.schema.json", "pages/<page>.<ja|en>.md front matter", typeof(PageFrontMatter));

    public static SchemaFile Strings { get; } = new("schemas/strings.schema.json", $"{UiStringsLoader.Folder}/<ja|en>.yaml", null);

    public static IReadOnlyList<SchemaFile> All { get; } =
    [
        .. YamlFileKind.All.Select(k => new SchemaFile(k.SchemaFile, k.RelativePath, k.RootType)),
        Page,
        Strings,
    ];

    /// <summary>Each YAML file editors keep, with the schema it should point at.</summary>
    public static IEnumerable<(string YamlFile, SchemaFile Schema)> YamlFiles() =>
        YamlFileKind.All.Select(k => (k.RelativePath, All.Single(s => s.File == k.SchemaFile)))
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
