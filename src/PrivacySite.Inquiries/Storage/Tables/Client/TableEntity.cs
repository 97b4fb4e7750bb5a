using System.Globalization;

namespace PrivacySite.Inquiries.Storage.Tables.Client;

/// <summary>
/// One table row as a property bag, shaped like Azure.Data.Tables' <c>TableEntity</c>: strings,
/// booleans, 32/64-bit integers, doubles and dates, plus the keys and the service's ETag.
/// </summary>
public sealed class TableEntity : Dictionary<string, object?>
{
    public TableEntity()
        : base(StringComparer.Ordinal)
    {
    }

    public TableEntity(string partitionKey, string rowKey)
        : this()
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey
    {
        get => GetString(nameof(PartitionKey)) ?? "";
        set => this[nameof(PartitionKey)] = value;
    }

    public string RowKey
    {
        get => GetString(nameof(RowKey)) ?? "";
        set => this[nameof(RowKey)] = value;
    }

    /// <summary>The version the service gave the row; pass it back to update or delete only that version.</summary>
    public string? ETag { get; set; }

    public string? GetString(string key) => TryGetValue(key, out var v) ? v as string : null;

    public DateTimeOffset? GetDateTimeOffset(string key) => TryGetValue(key, out var v) ? v switch
    {
        DateTimeOffset d => d,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) => d,
        _ => null,
    } : null;
}
