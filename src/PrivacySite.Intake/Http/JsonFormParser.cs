using System.Text.Json;

namespace PrivacySite.Intake.Http;

/// <summary>
/// Reads a JSON body as the same name → values shape as a form post: one flat object whose values
/// are strings, numbers, true/false (a ticked or unticked checkbox), null, or arrays of strings (checkboxes).
/// Anything else, duplicate names, invalid UTF-8 or unpaired surrogates make the body unreadable.
/// </summary>
internal static class JsonFormParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 3, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    public static Dictionary<string, IReadOnlyList<string>>? TryParse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var values = Values(property.Value);
                if (values is null || !result.TryAdd(property.Name, values))
                {
                    return null;
                }
            }

            return result;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static IReadOnlyList<string>? Values(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Number => [value.GetRawText()],
        JsonValueKind.True => ["yes"],
        JsonValueKind.False or JsonValueKind.Null => [],
        JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
            [.. value.EnumerateArray().Select(v => v.GetString()!)],
        _ => null,
    };
}
