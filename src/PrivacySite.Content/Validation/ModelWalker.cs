using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using PrivacySite.Content.Loading;

namespace PrivacySite.Content.Validation;

/// <summary>Visits every value of a loaded record tree with its model path (the keys the source map uses).</summary>
public static class ModelWalker
{
    // Every record rule walks every file, so each type's fields are looked up once, not at every value.
    private static readonly ConcurrentDictionary<Type, (string Key, PropertyInfo Property)[]> Walkable = new();

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

        foreach (var (key, property) in FieldsOf(root.GetType()))
        {
            foreach (var found in Values(property.GetValue(root), SourceMap.Join(path, key)))
            {
                yield return found;
            }
        }
    }

    /// <summary>A content record's fields with their properties; none for anything else.</summary>
    private static (string Key, PropertyInfo Property)[] FieldsOf(Type type) => Walkable.GetOrAdd(type, static t =>
        IsContentRecord(t)
            ? [.. from f in ModelShape.Fields(t) let property = t.GetProperty(f.Name) where property is not null select (f.Key, property)]
            : []);

    /// <summary>Content records are C# records (the compiler gives them a clone method); nothing else is walked into.</summary>
    private static bool IsContentRecord(Type type) => ModelShape.IsRecord(type) && type.GetMethod("<Clone>$") is not null;
}
