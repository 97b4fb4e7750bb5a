using System.Text.Json.Nodes;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Schemas;

namespace PrivacySite.Tests.Schemas;

/// <summary>The sample society's schemas are the ones the model gives today (check warns otherwise, PS0012), and every YAML file points at its own.</summary>
public sealed class SchemaFilesTests
{
    [Fact]
    public void Every_YAML_file_starts_by_naming_the_schema_made_for_it()
    {
        var yamlFiles = Directory.EnumerateFiles(RepoPaths.SampleSociety, "*.yaml", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(yamlFiles);
        foreach (var path in yamlFiles)
        {
            var file = Path.GetRelativePath(RepoPaths.SampleSociety, path).Replace('\\', '/');
            var first = File.ReadLines(path).First();
            const string prefix = "# yaml-language-server: $schema=";
            Assert.StartsWith(prefix, first, StringComparison.Ordinal);

            var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, first[prefix.Length..]));
            Assert.True(File.Exists(schemaPath), $"{file}: '{first}' names a schema that does not exist");
            var title = (string)JsonNode.Parse(File.ReadAllText(schemaPath))!["title"]!;
            var pattern = "^" + System.Text.RegularExpressions.Regex.Escape(title).Replace("<ja\\|en>", "(ja|en)", StringComparison.Ordinal) + "$";
            Assert.Matches(pattern, file);
        }
    }

    [Fact]
    public void No_two_schemas_share_a_file()
    {
        var files = SchemaCatalog.All.Select(s => s.File).ToList();
        Assert.Equal(files.Count, files.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Data_files_with_the_same_name_in_different_folders_get_schemas_named_with_their_folders()
    {
        string[] files = ["site.yaml", "notice/purposes.yaml", "notice/pages.yaml", "forms/pages.yaml"];

        Assert.Equal("schemas/site.schema.json", YamlFileKind.SchemaFileFor("site.yaml", files));
        Assert.Equal("schemas/purposes.schema.json", YamlFileKind.SchemaFileFor("notice/purposes.yaml", files));
        Assert.Equal("schemas/notice-pages.schema.json", YamlFileKind.SchemaFileFor("notice/pages.yaml", files));
        Assert.Equal("schemas/forms-pages.schema.json", YamlFileKind.SchemaFileFor("forms/pages.yaml", files));
    }

    [Fact]
    public async Task The_schemas_command_writes_the_same_files_again()
    {
        using var content = new ContentCopy();
        Directory.Delete(content.File("schemas"), recursive: true);
        var (exit, stdout, stderr) = await CliProcess.RunAsync(RepoPaths.Root, "schemas", "--content", content.Root);

        Assert.True(exit == 0, stderr);
        Assert.Contains($"{SchemaCatalog.All.Count} schemas, {SchemaCatalog.All.Count} changed.", stdout, StringComparison.Ordinal);
        foreach (var schema in SchemaCatalog.All)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.SampleSociety, schema.File)), content.Read(schema.File));
        }

        (_, stdout, _) = await CliProcess.RunAsync(RepoPaths.Root, "schemas", "--content", content.Root);
        Assert.Contains($"{SchemaCatalog.All.Count} schemas, 0 changed.", stdout, StringComparison.Ordinal);
    }
}
