using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using YamlDotNet.RepresentationModel;

namespace PrivacySite.Content.Loading;

/// <summary>Loads content/strings/&lt;lang&gt;.yaml, flattening nested groups to "group.name" keys.</summary>
internal static class UiStringsLoader
{
    public static (UiStrings Strings, SourceMap Map) Load(string root, Language language, DiagnosticBag diagnostics)
    {
        var file = $"strings/{language.Code()}.yaml";
        var map = new SourceMap(file);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var fullPath = Path.Combine(root, file);
        if (!File.Exists(fullPath))
        {
            diagnostics.Add(DiagnosticDescriptors.RequiredFileMissing, new SourceLocation(file), file);
        }
        else if (YamlFileReader.Parse(File.ReadAllText(fullPath), file, diagnostics) is { } node)
        {
            Flatten(node, "", map, values, diagnostics);
        }

        return (new UiStrings(language, file, values), map);
    }

    private static void Flatten(YamlNode node, string prefix, SourceMap map, Dictionary<string, string> values, DiagnosticBag diagnostics)
    {
        map.Set(prefix, (int)node.Start.Line, (int)node.Start.Column);
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? "";
                    var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
                    if (values.ContainsKey(path))
                    {
                        map.Set(path, (int)key.Start.Line, (int)key.Start.Column);
                        diagnostics.Add(DiagnosticDescriptors.DuplicateKey, map[path], path);
                        continue;
                    }

                    Flatten(value, path, map, values, diagnostics);
                }

                break;
            case YamlScalarNode { Value: { Length: > 0 } text }:
                values[prefix] = text;
                break;
            default:
                diagnostics.Add(DiagnosticDescriptors.WrongType, map[prefix], prefix, "text or a group of strings");
                break;
        }
    }
}
