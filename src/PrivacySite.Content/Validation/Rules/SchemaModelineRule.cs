using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Schemas;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>Each YAML file starts by naming its JSON Schema, which is what lets VS Code and similar editors check it as you type.</summary>
internal sealed class SchemaModelineRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var files = new ContentFiles(content.Root, null);
        foreach (var (file, schema) in SchemaCatalog.YamlFiles(content))
        {
            var expected = schema.ModelineFor(file);
            if (files.Find(file, out _) is { } path && File.ReadLines(path).FirstOrDefault()?.TrimEnd() != expected)
            {
                diagnostics.Add(DiagnosticDescriptors.SchemaModeline, new SourceLocation(file, 1, 1), expected);
            }
        }
    }
}
