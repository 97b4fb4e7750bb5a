using System.Text.Json;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Intake.Http;

/// <summary>
/// Reads a JSON body as the same name → values shape as a form post: one flat object whose values
/// are strings, numbers, true/false (a ticked or unticked checkbox), null, or arrays of strings (checkboxes).
/// Each value's shape is kept, so the validator can refuse one its field does not take.
/// Anything else, duplicate names, invalid UTF-8 or unpaired surrogates make the body unreadable.
/// </summary>
internal static class JsonFormParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 3, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    /// <param name="shapes">How each value was sent, by name.</param>
    public static Dictionary<string, IReadOnlyList<string>>? TryParse(ReadOnlyMemory<byte> body, out IReadOnlyDictionary<string, RawValueShape>? shapes)
    {
        shapes = null;
        try
        {
            using var document = JsonDocument.Parse(body, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var shapeOf = new Dictionary<string, RawValueShape>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var read = Values(property.Value);
                if (read is not var (texts, shape) || !values.TryAdd(property.Name, texts))
                {
                    return null;
                }

                shapeOf[property.Name] = shape;
            }

            shapes = shapeOf;
            return values;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static (IReadOnlyList<string> Texts, RawValueShape Shape)? Values(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => ([value.GetString()!], RawValueShape.Text),
        JsonValueKind.Number => ([value.GetRawText()], RawValueShape.Number),
        JsonValueKind.True => (["yes"], RawValueShape.TrueOrFalse),
        JsonValueKind.False => ([], RawValueShape.TrueOrFalse),
        JsonValueKind.Null => ([], RawValueShape.Text),
        JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
            ([.. value.EnumerateArray().Select(v => v.GetString()!)], RawValueShape.List),
        _ => null,
    };
}
