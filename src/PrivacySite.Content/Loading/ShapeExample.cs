using PrivacySite.Content.Model;

namespace PrivacySite.Content.Loading;

/// <summary>
/// A one-line example of what a record or list looks like in YAML, built from the model, for the
/// message that says a value has the wrong shape: <c>fee: { yen: 1 }</c>, <c>title: { ja: …, en: … }</c>.
/// </summary>
internal static class ShapeExample
{
    private const int Depth = 2;

    /// <summary>The example written at the value's own key (or as a list item), for example <c>fee: { yen: 1 }</c>.</summary>
    public static string At(string path, Type type)
    {
        var key = path[(Math.Max(path.LastIndexOf('.'), -1) + 1)..];
        var value = Of(type, Depth);
        return key.EndsWith(']') ? $"- {value}" : key.Length == 0 ? value : $"{key}: {value}";
    }

    private static string Of(Type type, int depth)
    {
        if (type == typeof(LocalizedText))
        {
            return "{ ja: …, en: … }";
        }

        if (ModelShape.IsList(type, out var element))
        {
            return depth == 0 ? "[ … ]" : $"[ {Of(element, depth - 1)} ]";
        }

        if (!ModelShape.IsRecord(type))
        {
            return Scalar(type);
        }

        if (depth == 0)
        {
            return "{ … }";
        }

        var fields = ModelShape.Fields(type);
        var shown = fields.Where(f => f.Required).DefaultIfEmpty(fields[0]).Take(3);
        return "{ " + string.Join(", ", shown.Select(f => $"{f.Key}: {Of(f.Type, depth - 1)}")) + " }";
    }

    private static string Scalar(Type type) =>
        type == typeof(int) ? "1"
        : type == typeof(bool) ? "true"
        : type == typeof(DateOnly) ? "2025-04-01"
        : type.IsEnum ? YamlNaming.ToKey(Enum.GetNames(type)[0])
        : "…";
}
