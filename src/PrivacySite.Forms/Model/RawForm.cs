namespace PrivacySite.Forms.Model;

/// <summary>
/// A submission as it arrived, before any check: each input name with the values sent for it,
/// whether the body was an HTML form or JSON.
/// </summary>
/// <param name="shapes">How each JSON value was sent; none for a form post, whose values are all text.</param>
public sealed class RawForm(IReadOnlyDictionary<string, IReadOnlyList<string>> values, IReadOnlyDictionary<string, RawValueShape>? shapes = null)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; } = values;

    public RawValueShape ShapeOf(string name) => shapes?.GetValueOrDefault(name) ?? RawValueShape.Text;

    public IReadOnlyList<string> this[string name] => Values.TryGetValue(name, out var v) ? v : [];

    /// <summary>The first value sent for the input, or "" when there is none.</summary>
    public string First(string name) => this[name] is [var first, ..] ? first : "";
}
