using System.Collections;
using PrivacySite.Content.Loading;

namespace PrivacySite.Content.Validation;

/// <summary>Visits every value of a loaded record tree with its model path (the keys the source map uses).</summary>
public static class ModelWalker
{
    /// <summary>Every value of type <typeparamref name="T"/> in the tree, outermost first.</summary>
    public static IEnumerable<(string Path, T Value)> Find<T>(object? root, string path = "") =>
        Values(root, path).Where(v => v.Value is T).Select(v => (v.Path, (T)v.Value));

    /// <summary>Every non-null value: records, list items, texts, numbers and dates, each before what it holds.</summary>
    public static IEnumerable<(string Path, object Value)> Values(object? root, string path = "")
    {
        if (root is null)
        {
            yield break;
        }

        yield return (path, root);
        if (root is string)
        {
            yield break;
        }

        if (root is IEnumerable list)
        {
            var i = 0;
            foreach (var item in list)
            {
                foreach (var found in Values(item, $"{path}[{i++}]"))
                {
                    yield return found;
                }
            }

            yield break;
        }

        var type = root.GetType();
        if (!IsContentRecord(type))
        {
            yield break;
        }

        foreach (var field in ModelShape.Fields(type))
        {
            var value = type.GetProperty(field.Name)?.GetValue(root);
            foreach (var found in Values(value, SourceMap.Join(path, field.Key)))
            {
                yield return found;
            }
        }
    }

    /// <summary>Content records are C# records (the compiler gives them a clone method); nothing else is walked into.</summary>
    private static bool IsContentRecord(Type type) => ModelShape.IsRecord(type) && type.GetMethod("<Clone>$") is not null;
}
