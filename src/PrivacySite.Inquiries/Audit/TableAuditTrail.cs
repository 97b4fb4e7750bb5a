using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Audit;

/// <summary>
/// The audit trail in the inquiries' table: rows of type "audit" in their own partition, inserted (never
/// upserted, so an existing row can never be overwritten) with the time, the actor, the action and the references.
/// </summary>
public sealed class TableAuditTrail(TableClient table) : IAuditTrail
{
    private const string Partition = "audit";
    private const string TypeColumn = "Type";

    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, AuditKeys.For(record))
        {
            [TypeColumn] = Partition,
            ["At"] = record.At,
            ["Actor"] = record.Actor,
            ["Action"] = record.Action.Name(),
            ["References"] = JsonSerializer.Serialize(record.References),
        };
        await Guard(async () =>
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<AuditRecord>> ReadAsync(CancellationToken cancellationToken) => Guard<IReadOnlyList<AuditRecord>>(async () =>
    {
        await table.CreateIfNotExistsAsync(cancellationToken);
        var records = new List<(string Key, AuditRecord Record)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var action = Enum.GetValues<AuditAction>().First(a => a.Name() == row.GetString("Action"));
            records.Add((row.RowKey, new AuditRecord(row.GetDateTimeOffset("At")!.Value, row.GetString("Actor"), action,
                JsonSerializer.Deserialize<string[]>(row.GetString("References"))!)));
        }

        return [.. records.OrderByDescending(r => r.Key, StringComparer.Ordinal).Select(r => r.Record)];
    }, cancellationToken);

    /// <summary>Every failure but the caller's own cancellation (the service down, slow, refusing, or an answer the SDK cannot read) is the store's one failure type.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is not InquiryStoreUnavailableException && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            var status = e is RequestFailedException r ? $"status {r.Status} {r.ErrorCode}" : "no answer";
            throw new InquiryStoreUnavailableException($"the table store did not confirm the audit record ({status}, {e.GetType().Name})", e);
        }
    }
}
