using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PrivacySite.Content.Schemas;

/// <summary>One JSON Schema file under content/schemas/ and the YAML it describes.</summary>
/// <param name="Root">The record the YAML binds to; null for the UI strings, which have free keys.</param>
public sealed record SchemaFile(string File, string Title, Type? Root)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,

        // Japanese descriptions stay readable in the file instead of becoming \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public JsonObject Generate() => Root is null ? JsonSchemaGenerator.ForStrings(Title) : JsonSchemaGenerator.ForRecord(Root, Title);

    // The model is fixed for the life of the process: check (PS0012) compares every schema at each rebuild of serve.
    // Kept outside the record's own fields, so two equal schema files stay equal.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    /// <summary>The file's exact text: stable, with Unix line ends and a final newline, so a regenerated file only differs when the model does.</summary>
    public string Text() => Texts.GetOrAdd(File, _ => Generate().ToJsonString(Options).Replace("\r\n", "\n") + "\n");

    /// <summary>The first line a YAML file at <paramref name="yamlFile"/> starts with, so editors' tools load this schema.</summary>
    public string ModelineFor(string yamlFile)
    {
        var folder = Path.GetDirectoryName(yamlFile) ?? "";
        return "# yaml-language-server: $schema=" + Path.GetRelativePath(folder.Length == 0 ? "." : folder, File).Replace('\\', '/');
    }
}
