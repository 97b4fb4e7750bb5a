using PrivacySite.Content.Diagnostics;
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

    /// <summary>Parses and binds a YAML file under the content root to a record.</summary>
    public static (T? Value, SourceMap Map) Load<T>(string root, string relativePath, DiagnosticBag diagnostics) where T : class
    {
        var map = new SourceMap(relativePath);
        var fullPath = Path.Combine(root, relativePath);
        if (!File.Exists(fullPath))
        {
            diagnostics.Add(DiagnosticDescriptors.RequiredFileMissing, new SourceLocation(relativePath), relativePath);
            return (null, map);
        }

        var node = Parse(File.ReadAllText(fullPath), relativePath, diagnostics);
        if (node is null)
        {
            return (null, map);
        }

        return (new YamlBinder(map, diagnostics).Bind<T>(node), map);
    }
}
