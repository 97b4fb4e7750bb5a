using YamlDotNet.RepresentationModel;

namespace PrivacySite.Tests.Support;

/// <summary>Edits one key of a YAML file in a <see cref="ContentCopy"/> by its dotted path, as an editor's mistake would.</summary>
public static class YamlEdit
{
    public static YamlNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }

    public static void Remove(ContentCopy content, string file, string path) =>
        Edit(content, file, path, (parent, key) =>
        {
            if (!parent.Children.Remove(new YamlScalarNode(key)))
            {
                throw new InvalidOperationException($"'{path}' is not in {file}");
            }
        });

    public static void Replace(ContentCopy content, string file, string path, YamlNode value) =>
        Edit(content, file, path, (parent, key) =>
        {
            if (!parent.Children.ContainsKey(new YamlScalarNode(key)))
            {
                throw new InvalidOperationException($"'{path}' is not in {file}");
            }

            parent.Children[new YamlScalarNode(key)] = value;
        });

    /// <summary>Writes the key, adding it when the file does not have it yet.</summary>
    public static void Set(ContentCopy content, string file, string path, YamlNode value) =>
        Edit(content, file, path, (parent, key) => parent.Children[new YamlScalarNode(key)] = value);

    private static void Edit(ContentCopy content, string file, string path, Action<YamlMappingNode, string> change)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(content.Read(file)));
        var keys = path.Split('.');
        var node = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var key in keys[..^1])
        {
            node = (YamlMappingNode)node.Children[new YamlScalarNode(key)];
        }

        change(node, keys[^1]);
        using var writer = new StringWriter();

        // Saving drops comments; keep the first line, which names the file's JSON Schema.
        var first = content.Read(file).Split('\n')[0];
        if (first.StartsWith('#'))
        {
            writer.WriteLine(first);
        }

        stream.Save(writer, assignAnchors: false);
        content.Write(file, writer.ToString());
    }
}
