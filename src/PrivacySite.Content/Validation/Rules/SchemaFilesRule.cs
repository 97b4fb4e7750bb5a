using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Schemas;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>
/// The schemas under schemas/ are the ones this version's model gives: a society that adopts a newer
/// PrivacySite, or brings content from another checkout, is told to rewrite them, because editors' tools
/// check what they type against these files.
/// </summary>
internal sealed class SchemaFilesRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var files = new ContentFiles(content.Root, null);
        foreach (var schema in SchemaCatalog.All)
        {
            if (files.Find(schema.File, out _) is not { } path || File.ReadAllText(path) != schema.Text())
            {
                diagnostics.Add(DiagnosticDescriptors.SchemaOutOfDate, new SourceLocation(schema.File), schema.File);
            }
        }
    }
}
