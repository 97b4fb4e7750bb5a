using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using YamlDotNet.RepresentationModel;

namespace PrivacySite.Content.Loading;

/// <summary>Loads content/strings/&lt;lang&gt;.yaml, flattening nested groups to "group.name" keys.</summary>
internal static class UiStringsLoader
{
    public const string Folder = "strings";

    public static string File(Language language) => $"{Folder}/{language.Code()}.yaml";

    public static (UiStrings Strings, SourceMap Map) Load(ContentFiles files, Language language, DiagnosticBag diagnostics)
    {
        var file = File(language);
        var map = new SourceMap(file);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (YamlFileReader.LoadNode(files, file, diagnostics) is { } node)
        {
            if (node is YamlMappingNode)
            {
                Flatten(node, "", map, values, diagnostics);
            }
            else
            {
                map.Set("", (int)node.Start.Line, (int)node.Start.Column);
                diagnostics.Add(DiagnosticDescriptors.WrongType, map[""], file, Phrases.Group);
            }
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
                    var name = (key as YamlScalarNode)?.Value ?? "";
                    var path = SourceMap.Join(prefix, name);
                    if (key is not YamlScalarNode)
                    {
                        map.Set(path, (int)key.Start.Line, (int)key.Start.Column);
                        diagnostics.Add(DiagnosticDescriptors.WrongType, map[path], prefix.Length == 0 ? "(key)" : prefix, Phrases.Text);
                        continue;
                    }

                    Flatten(value, path, map, values, diagnostics);
                }

                break;
            case YamlScalarNode { Value: { } text } when !string.IsNullOrWhiteSpace(text):
                values[prefix] = text;
                break;
            case YamlScalarNode:
                diagnostics.Add(DiagnosticDescriptors.EmptyValue, map[prefix], prefix);
                break;
            default:
                diagnostics.Add(DiagnosticDescriptors.WrongType, map[prefix], prefix, Phrases.TextOrGroup);
                break;
        }
    }
}
