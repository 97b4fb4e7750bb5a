using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using PrivacySite.Inquiries.Model;
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

    public Task<InquiryRecord> UpdateAsync(InquiryRecord record, CancellationToken cancellationToken) => Guard(async () =>
    {
        try
        {
            var ifMatch = new ETag(record.ETag ?? throw new InquiryConcurrencyException(record.Reference.Value));
            var response = await table.UpdateEntityAsync(ToEntity(record), ifMatch, TableUpdateMode.Replace, cancellationToken);
            return record with { ETag = response.Headers.ETag?.ToString() };
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
                new(TableTransactionActionType.Delete, ToEntity(record), new ETag(record.ETag ?? throw new InquiryConcurrencyException(record.Reference.Value))),
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
