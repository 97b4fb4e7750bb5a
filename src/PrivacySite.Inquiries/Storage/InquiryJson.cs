using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Inquiries.Storage;

/// <summary>
/// The JSON both stores write: snake_case names, statuses as the words staff type ("in-progress"), Japanese kept readable,
/// so staff and scripts can read a stored inquiry without this code.
/// </summary>
internal static class InquiryJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new ReferenceNumberJsonConverter() },
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    private static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };

    public static string Values(IReadOnlyDictionary<string, IReadOnlyList<string>> values) => JsonSerializer.Serialize(values, Compact);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Values(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string[]>>(json, Compact)!
            .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);

    public static string History(IReadOnlyList<HistoryEntry> history) => JsonSerializer.Serialize(history, Compact);

    public static IReadOnlyList<HistoryEntry> History(string json) => JsonSerializer.Deserialize<HistoryEntry[]>(json, Compact)!;
}
