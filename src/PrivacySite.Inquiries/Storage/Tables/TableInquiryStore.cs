using System.Runtime.CompilerServices;
using Azure;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage.Tables.Client;
using static PrivacySite.Inquiries.Storage.Tables.InquiryEntityMapper;

namespace PrivacySite.Inquiries.Storage.Tables;

/// <summary>
/// The production store: Azure Table Storage (Azurite in tests). A new inquiry and its submission
/// key are inserted in one entity group transaction (shared with the other inquiries arriving at the
/// same moment, see <see cref="GroupCommit"/>), so a repeat finds the key and the first reference.
/// </summary>
public sealed class TableInquiryStore(TableClient table) : IInquiryStore
{
    private readonly GroupCommit _groupCommit = new(table);
    private int _tableReady;

    public string Name => "table";

    public Task<AddResult> AddAsync(InquiryRecord record, CancellationToken cancellationToken) => Guard(async () =>
    {
        await EnsureTableAsync(cancellationToken);
        return await _groupCommit.AddAsync(record).WaitAsync(cancellationToken);
    });

    public Task<InquiryRecord?> GetAsync(ReferenceNumber reference, CancellationToken cancellationToken) => Guard(async () =>
    {
        await EnsureTableAsync(cancellationToken);
        var entity = await table.GetEntityIfExistsAsync(Partition(reference.Kind), reference.Value, cancellationToken);
        return entity is null ? null : ToRecord(entity);
    });

    public async IAsyncEnumerable<InquiryRecord> QueryAsync(InquiryQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Guard(async () => { await EnsureTableAsync(cancellationToken); return true; });
        var filter = Filter(query);
        string? continuation = null;
        do
        {
            var page = await Guard(() => table.QueryPageAsync(filter, 500, continuation, cancellationToken));
            foreach (var entity in page.Values)
            {
                yield return ToRecord(entity);
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }

    public Task<InquiryRecord> UpdateAsync(InquiryRecord record, CancellationToken cancellationToken) => Guard(async () =>
    {
        try
        {
            var etag = await table.UpdateEntityAsync(ToEntity(record), record.ETag ?? throw new InquiryConcurrencyException(record.Reference.Value), cancellationToken);
            return record with { ETag = etag };
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
            await table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.Delete, ToEntity(record), record.ETag ?? throw new InquiryConcurrencyException(record.Reference.Value)),
                new(TableTransactionActionType.Delete, ToKeyEntity(record)),
            ], cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            throw new InquiryConcurrencyException(record.Reference.Value);
        }
    });

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureTableAsync(cancellationToken);
            await table.QueryPageAsync(null, 1, null, cancellationToken);
            return true;
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken) || e is RequestFailedException)
        {
            return false;
        }
    }

    private static string Filter(InquiryQuery query)
    {
        var clauses = new List<string> { $"{TypeColumn} eq {TableFilter.Text(InquiryType)}" };
        if (query.Kind is { } kind)
        {
            clauses.Add($"PartitionKey eq {TableFilter.Text(Partition(kind))}");
        }

        if (query.Status is { } status)
        {
            clauses.Add($"Status eq {TableFilter.Text(status.Name())}");
        }

        if (query.ReceivedFrom is { } from)
        {
            clauses.Add($"ReceivedAt ge {TableFilter.Date(from)}");
        }

        if (query.ReceivedBefore is { } before)
        {
            clauses.Add($"ReceivedAt lt {TableFilter.Date(before)}");
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

    // Azure.Core reports "every retry failed" as an AggregateException of the attempts' failures.
    private static bool IsUnavailable(Exception e, CancellationToken cancellationToken) =>
        e is HttpRequestException or IOException or RequestFailedException { Status: 0 or >= 500 or 403 or 401 }
        || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        || (e is AggregateException aggregate && aggregate.InnerExceptions.All(inner => IsUnavailable(inner, cancellationToken)));

    /// <summary>Turns transport failures, timeouts and server errors into the store's one failure type; the message names only the status.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (IsUnavailable(e, CancellationToken.None))
        {
            var status = e is RequestFailedException r ? r.Status : 0;
            throw new InquiryStoreUnavailableException($"the table store did not confirm the operation (status {status}, {e.GetType().Name})", e);
        }
    }
}
