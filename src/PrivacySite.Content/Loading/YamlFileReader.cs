using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Law;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PrivacySite.Content.Loading;

/// <summary>Reads one YAML document from text, turning parser errors into positioned diagnostics.</summary>
internal static class YamlFileReader
{
    private const string DuplicateKeyPrefix = "Duplicate key ";

    /// <summary>
    /// False when the text is not valid YAML (already reported); true otherwise, with a null
    /// root when the text holds no document at all, which the caller reports in its own words.
    /// </summary>
    public static bool TryParse(string text, string file, DiagnosticBag diagnostics, out YamlNode? root)
    {
        root = null;
        if (ReportTabIndents(text, file, diagnostics))
        {
            return false;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new GuardedYamlParser(new Parser(new StringReader(text)), file));
        }
        catch (GuardedYamlParser.Refused refused)
        {
            refused.Report(diagnostics);
            return false;
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

            var location = new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column);
            if (message.StartsWith(DuplicateKeyPrefix, StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateKey, location, message[DuplicateKeyPrefix.Length..]);
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.YamlSyntax, location, YamlSyntaxHints.For(message));
            }

            return false;
        }

        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(DiagnosticDescriptors.MultipleDocuments, new SourceLocation(file, SecondDocumentMarker(text), 1));
            return false;
        }

        root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        return true;
    }

    /// <summary>Parses and binds a YAML data file under the content root to its record.</summary>
    public static (object? Value, SourceMap Map) Load(ContentFiles files, YamlFileKind kind, DiagnosticBag diagnostics)
    {
        var map = new SourceMap(kind.RelativePath);
        var fullPath = files.Find(kind.RelativePath, out var refused);
        if (fullPath is null && kind.Optional)
        {
            return (null, map);
        }

        if (fullPath is null && !refused && LegalItemReport.For(kind.RootType) is { } law)
        {
            LegalItemReport.MissingFile(diagnostics, law, kind.RelativePath);
            return (null, map);
        }

        var node = Read(fullPath, refused, kind.RelativePath, diagnostics);
        return (node is null ? null : new YamlBinder(map, diagnostics).Bind(node, kind.RootType), map);
    }

    /// <summary>Reads and parses a required YAML file; null (with the reason reported) when it gives nothing to bind.</summary>
    public static YamlNode? LoadNode(ContentFiles files, string relativePath, DiagnosticBag diagnostics) =>
        Read(files.Find(relativePath, out var refused), refused, relativePath, diagnostics);

    /// <param name="refused">The file is a link that was refused (and reported), so it is neither read nor reported missing.</param>
    private static YamlNode? Read(string? fullPath, bool refused, string relativePath, DiagnosticBag diagnostics)
    {
        if (fullPath is null)
        {
            if (!refused)
            {
                diagnostics.Add(DiagnosticDescriptors.RequiredFileMissing, new SourceLocation(relativePath), relativePath);
            }

            return null;
        }

        var text = ContentFile.ReadText(fullPath, relativePath, diagnostics);
        if (text is null || !TryParse(text, relativePath, diagnostics, out var node))
        {
            return null;
        }

        if (node is null)
        {
            diagnostics.Add(DiagnosticDescriptors.EmptyFile, new SourceLocation(relativePath, 1, 1));
        }

        return node;
    }

    /// <summary>YAML forbids tabs in indentation; the parser's own message about them is hard to follow.</summary>
    private static bool ReportTabIndents(string text, string file, DiagnosticBag diagnostics)
    {
        var found = false;
        var line = 0;
        foreach (var content in text.Split('\n'))
        {
            line++;
            var indent = content.Length - content.TrimStart(' ', '\t').Length;
            var tab = content.IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                diagnostics.Add(DiagnosticDescriptors.TabIndent, new SourceLocation(file, line, tab + 1));
                found = true;
            }
        }

        return found;
    }

    /// <summary>The line of the '---' that starts a second document (the first may open with one too).</summary>
    private static int SecondDocumentMarker(string text)
    {
        var lines = text.Split('\n');
        var seenContent = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line == "---" || line.StartsWith("--- ", StringComparison.Ordinal))
            {
                if (seenContent)
                {
                    return i + 1;
                }

                seenContent = true;
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                seenContent = true;
            }
        }

        return 1;
    }
}
