using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using static PrivacySite.Inquiries.Storage.Tables.InquiryEntityMapper;

namespace PrivacySite.Inquiries.Storage.Tables;

/// <summary>
/// The production store: Azure Table Storage (Azurite in tests). A new inquiry and its submission
/// key are inserted in one entity group transaction (shared with the other inquiries arriving at the
/// same moment, see <see cref="GroupCommit"/>), so a repeat finds the key and the first reference.
/// Outbox messages are rows of the same partition (<see cref="OutboxEntityMapper"/>), written in the
/// transaction of the change that causes them; the dispatcher claims one by replacing its row with its ETag.
/// </summary>
public sealed class TableInquiryStore(TableClient table) : IInquiryStore
{
    private readonly GroupCommit _groupCommit = new(table);
    private int _tableReady;

    public string Name => "table";

    public Task<AddResult> AddAsync(InquiryRecord record, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) => Guard(async () =>
    {
        await EnsureTableAsync(cancellationToken);
        return await _groupCommit.AddAsync(record, messages).WaitAsync(cancellationToken);
    });

    public Task<InquiryRecord?> GetAsync(ReferenceNumber reference, CancellationToken cancellationToken) => Guard(async () =>
    {
        await EnsureTableAsync(cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition(reference.Kind), reference.Value, cancellationToken: cancellationToken);
        return found.HasValue ? ToRecord(found.Value!) : null;
    });

    public async IAsyncEnumerable<InquiryRecord> QueryAsync(InquiryQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Guard(async () => { await EnsureTableAsync(cancellationToken); return true; });
        var pages = table.QueryAsync<TableEntity>(Filter(query), maxPerPage: 500, cancellationToken: cancellationToken).AsPages();
        await using var enumerator = pages.GetAsyncEnumerator(cancellationToken);
        while (await Guard(async () => await enumerator.MoveNextAsync()))
        {
            foreach (var entity in enumerator.Current.Values)
            {
                yield return ToRecord(entity);
            }
        }
    }

    public Task<InquiryRecord> UpdateAsync(InquiryRecord record, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) => Guard(async () =>
    {
        try
        {
            var ifMatch = new ETag(record.ETag ?? throw new InquiryConcurrencyException(record.Reference.Value));
            var response = await table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.UpdateReplace, ToEntity(record), ifMatch),
                .. messages.Select(m => new TableTransactionAction(TableTransactionActionType.Add, OutboxEntityMapper.ToEntity(m))),
            ], cancellationToken);
            return record with { ETag = response.Value[0].Headers.ETag?.ToString() };
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            throw new InquiryConcurrencyException(record.Reference.Value);
        }
    });

    public Task DeleteAsync(InquiryRecord record, CancellationToken cancellationToken) => Guard(async () =>
    {
        try
        {
            var outbox = await OutboxRowsAsync(record.Reference, cancellationToken);
            await table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.Delete, ToEntity(record), new ETag(record.ETag ?? throw new InquiryConcurrencyException(record.Reference.Value))),
                new(TableTransactionActionType.Delete, ToKeyEntity(record)),
                .. outbox.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row)),
            ], cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            throw new InquiryConcurrencyException(record.Reference.Value);
        }
    });

    public async IAsyncEnumerable<OutboxMessage> DueAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Guard(async () => { await EnsureTableAsync(cancellationToken); return true; });
        var filter = $"{TypeColumn} eq " + TableClient.CreateQueryFilter($"{OutboxEntityMapper.OutboxType}")
            + $" and {OutboxEntityMapper.StateColumn} eq " + TableClient.CreateQueryFilter($"{OutboxState.Pending.Name()}")
            + $" and {OutboxEntityMapper.NextAttemptColumn} le " + TableClient.CreateQueryFilter($"{now}");
        var pages = table.QueryAsync<TableEntity>(filter, maxPerPage: 500, cancellationToken: cancellationToken).AsPages();
        await using var enumerator = pages.GetAsyncEnumerator(cancellationToken);
        while (await Guard(async () => await enumerator.MoveNextAsync()))
        {
            foreach (var entity in enumerator.Current.Values)
            {
                yield return OutboxEntityMapper.ToMessage(entity);
            }
        }
    }

    public Task<OutboxMessage?> TryClaimAsync(OutboxMessage message, DateTimeOffset leaseUntil, CancellationToken cancellationToken) => Guard<OutboxMessage?>(async () =>
    {
        var claimed = message with { Attempts = message.Attempts + 1, NextAttemptAt = leaseUntil };
        try
        {
            var response = await table.UpdateEntityAsync(OutboxEntityMapper.ToEntity(claimed), new ETag(message.ETag!), TableUpdateMode.Replace, cancellationToken);
            return claimed with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    });

    public Task<bool> SettleAsync(OutboxMessage settled, HistoryEntry? entry, CancellationToken cancellationToken) => Guard(async () =>
    {
        // The inquiry may change between reading and writing (the desk): read it again and retry, as long as the claim holds.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, OutboxEntityMapper.ToEntity(settled), new ETag(settled.ETag!)) };
            var found = entry is null ? null : await table.GetEntityIfExistsAsync<TableEntity>(Partition(settled.Reference.Kind), settled.Reference.Value, cancellationToken: cancellationToken);
            if (found is { HasValue: true } && ToRecord(found.Value!) is var record)
            {
                actions.Add(new(TableTransactionActionType.UpdateReplace, ToEntity(record with { History = [.. record.History, entry!] }), new ETag(record.ETag!)));
            }

            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(settled.Reference.Kind), OutboxEntityMapper.Row(settled.Id), cancellationToken: cancellationToken);
                if (!row.HasValue || row.Value!.ETag.ToString() != settled.ETag)
                {
                    return false;
                }
            }
        }

        return false;
    });

    public Task<IReadOnlyList<OutboxMessage>> ForAsync(ReferenceNumber reference, CancellationToken cancellationToken) => Guard<IReadOnlyList<OutboxMessage>>(async () =>
        [.. (await OutboxRowsAsync(reference, cancellationToken)).Select(OutboxEntityMapper.ToMessage).OrderBy(m => m.CreatedAt)]);

    private async Task<List<TableEntity>> OutboxRowsAsync(ReferenceNumber reference, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(reference.Kind)}")
            + $" and {TypeColumn} eq " + TableClient.CreateQueryFilter($"{OutboxEntityMapper.OutboxType}")
            + $" and {OutboxEntityMapper.ReferenceColumn} eq " + TableClient.CreateQueryFilter($"{reference.Value}");
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureTableAsync(cancellationToken);
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1, cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return true;
        }
        catch (Exception e) when (IsStoreFailure(e, cancellationToken))
        {
            return false;
        }
    }

    // CreateQueryFilter quotes and escapes each interpolated value, so a column name is never one of them.
    private static string Filter(InquiryQuery query)
    {
        var clauses = new List<string> { $"{TypeColumn} eq " + TableClient.CreateQueryFilter($"{InquiryType}") };
        if (query.Kind is { } kind)
        {
            clauses.Add(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(kind)}"));
        }

        if (query.Status is { } status)
        {
            clauses.Add(TableClient.CreateQueryFilter($"Status eq {status.Name()}"));
        }

        if (query.ReceivedFrom is { } from)
        {
            clauses.Add(TableClient.CreateQueryFilter($"ReceivedAt ge {from}"));
        }

        if (query.ReceivedBefore is { } before)
        {
            clauses.Add(TableClient.CreateQueryFilter($"ReceivedAt lt {before}"));
        }

        return string.Join(" and ", clauses);
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _tableReady) == 0)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
            Volatile.Write(ref _tableReady, 1);
        }
    }

    /// <summary>
    /// Every failure except the caller's own cancellation: the service down, slow or refusing (any
    /// status the store does not handle itself), or an answer the SDK cannot read. None is the
    /// sender's fault to fix, so each becomes "not saved, try again" rather than an error page.
    /// </summary>
    private static bool IsStoreFailure(Exception e, CancellationToken cancellationToken) =>
        e is not (InquiryConcurrencyException or InquiryStoreUnavailableException)
        && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested);

    /// <summary>Turns every store failure into the store's one failure type; the message names only the status and the exception's type.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (IsStoreFailure(e, CancellationToken.None))
        {
            var status = e is RequestFailedException r ? $"status {r.Status} {r.ErrorCode}" : "no answer";
            throw new InquiryStoreUnavailableException($"the table store did not confirm the operation ({status}, {e.GetType().Name})", e);
        }
    }
}
