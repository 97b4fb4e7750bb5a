using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Law;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PrivacySite.Content.Loading;

/// <summary>Reads one YAML document from text, turning parser errors into positioned diagnostics.</summary>
internal static class YamlFileReader
{
    public static YamlNode? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;

            // YamlDotNet prefixes its own "(Line: …)" position; ours is already in the location.
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0)
            {
                message = message[(cut + 3)..];
            }

            diagnostics.Add(DiagnosticDescriptors.YamlSyntax, new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column), message);
            return null;
        }
    }

    /// <summary>Parses and binds a YAML data file under the content root to its record.</summary>
    public static (object? Value, SourceMap Map) Load(string root, YamlFileKind kind, DiagnosticBag diagnostics)
    {
        var map = new SourceMap(kind.RelativePath);
        var fullPath = Path.Combine(root, kind.RelativePath);
        if (!File.Exists(fullPath))
        {
            if (LegalItemReport.For(kind.RootType) is { } law)
            {
                LegalItemReport.MissingFile(diagnostics, law, kind.RelativePath);
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.RequiredFileMissing, new SourceLocation(kind.RelativePath), kind.RelativePath);
            }

            return (null, map);
        }

        var node = Parse(File.ReadAllText(fullPath), kind.RelativePath, diagnostics);
        if (node is null)
        {
            return (null, map);
        }

        return (new YamlBinder(map, diagnostics).Bind(node, kind.RootType), map);
    }
}
