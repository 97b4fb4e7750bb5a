using System.Collections;
using PrivacySite.Content.Loading;

namespace PrivacySite.Content.Validation;

/// <summary>Visits every value of a loaded record tree with its model path (the keys the source map uses).</summary>
public static class ModelWalker
{
    public static IEnumerable<(string Path, T Value)> Find<T>(object? root, string path = "") where T : class
    {
        switch (root)
        {
            case null:
                yield break;
            case T match:
                yield return (path, match);
                yield break;
            case string:
                yield break;
            case IEnumerable list:
                var i = 0;
                foreach (var item in list)
                {
                    foreach (var found in Find<T>(item, $"{path}[{i++}]"))
                    {
                        yield return found;
                    }
                }

                yield break;
        }

        var type = root.GetType();
        if (!ModelShape.IsRecord(type) || type.Namespace?.StartsWith("PrivacySite.Content.Model", StringComparison.Ordinal) != true)
        {
            yield break;
        }

        foreach (var field in ModelShape.Fields(type))
        {
            var value = type.GetProperty(field.Name)?.GetValue(root);
            foreach (var found in Find<T>(value, path.Length == 0 ? field.Key : $"{path}.{field.Key}"))
            {
                yield return found;
            }
        }
    }
}
