using System.Text.Json;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Audit;

/// <summary>
/// The file store's audit trail: one small JSON file per record under <c>audit/</c> beside the inquiries,
/// created new (never opened for writing again) and flushed to disk before the action is reported done.
/// </summary>
public sealed class FileAuditTrail(string storeRoot) : IAuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };
    private readonly string _folder = Path.Combine(Path.GetFullPath(storeRoot), "audit");

    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        try
        {
            PrivateFiles.CreateFolder(_folder);
            await using var stream = PrivateFiles.CreateNew(Path.Combine(_folder, AuditKeys.For(record) + ".json"));
            await JsonSerializer.SerializeAsync(stream, record, Json, cancellationToken);
            stream.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InquiryStoreUnavailableException($"the audit record could not be written ({e.GetType().Name})", e);
        }
    }

    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_folder))
        {
            return [];
        }

        var records = new List<AuditRecord>();
        foreach (var file in Directory.EnumerateFiles(_folder, "*.json").Order(StringComparer.Ordinal).Reverse())
        {
            await using var stream = File.OpenRead(file);
            records.Add((await JsonSerializer.DeserializeAsync<AuditRecord>(stream, Json, cancellationToken))!);
        }

        return records;
    }
}
