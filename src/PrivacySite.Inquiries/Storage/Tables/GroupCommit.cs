using Azure;
using Azure.Data.Tables;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using static PrivacySite.Inquiries.Storage.Tables.InquiryEntityMapper;

namespace PrivacySite.Inquiries.Storage.Tables;

/// <summary>
/// Group commit of new inquiries. A lone submission is written at once in its own entity group
/// transaction; submissions that arrive while a transaction of their partition is in flight wait
/// and go together in the next one. Under load the table then gets one request for many inquiries
/// instead of one each, and every caller still hears "added" only after its transaction committed.
/// One member the service refuses never takes the others down with it: they are written again one by one.
/// </summary>
internal sealed class GroupCommit(TableClient table)
{
    /// <summary>
    /// At most 100 actions and 4 MiB per transaction: 16 inquiries of two rows each, with a few small
    /// outbox rows, stay under both even when every one carries the largest body the intake accepts.
    /// </summary>
    public const int MaxInquiriesPerTransaction = 16;

    private const int MaxActionsPerTransaction = 100;

    private readonly Dictionary<string, PartitionQueue> _queues = new(StringComparer.Ordinal);

    public Task<AddResult> AddAsync(InquiryRecord record, IReadOnlyList<OutboxMessage> messages)
    {
        var pending = new Pending(record, messages);
        PartitionQueue queue;
        bool startWriter;
        lock (_queues)
        {
            var partition = Partition(record.Kind);
            if (!_queues.TryGetValue(partition, out queue!))
            {
                queue = new PartitionQueue();
                _queues.Add(partition, queue);
            }

            queue.Waiting.Add(pending);
            startWriter = !queue.Writing;
            queue.Writing = true;
        }

        if (startWriter)
        {
            _ = Task.Run(() => WriteUntilEmptyAsync(queue));
        }

        return pending.Result.Task;
    }

    private async Task WriteUntilEmptyAsync(PartitionQueue queue)
    {
        while (true)
        {
            List<Pending> batch;
            lock (_queues)
            {
                batch = queue.TakeBatch();
                if (batch.Count == 0)
                {
                    queue.Writing = false;
                    return;
                }
            }

            await WriteAsync(batch);
        }
    }

    /// <summary>Writes one batch and settles every caller in it; never throws.</summary>
    private async Task WriteAsync(List<Pending> batch)
    {
        if (batch.Count == 1)
        {
            await SettleAsync(batch[0], () => AddAloneAsync(batch[0]));
            return;
        }

        try
        {
            await table.SubmitTransactionAsync([.. batch.SelectMany(p => p.Actions)], CancellationToken.None);
            foreach (var pending in batch)
            {
                pending.Result.SetResult(new AddResult(AddStatus.Added, pending.Record.Reference, pending.Record.ReceivedAt));
            }
        }
        catch (RequestFailedException e) when (IsMemberFault(e))
        {
            // One of them is a repeat, has a taken reference or is refused for its content, and sank
            // the whole transaction: write each alone, which tells them apart and stores the rest.
            await Task.WhenAll(batch.Select(p => SettleAsync(p, () => AddAloneAsync(p))));
        }
        catch (Exception e)
        {
            foreach (var pending in batch)
            {
                pending.Result.SetException(e);
            }
        }
    }

    /// <summary>
    /// A refusal of one action, not of the service: a client error other than a timeout (408) or
    /// throttling (429), which would fail each member alone just the same.
    /// </summary>
    private static bool IsMemberFault(RequestFailedException e) => e.Status is >= 400 and < 500 and not (408 or 429);

    private async Task<AddResult> AddAloneAsync(Pending pending)
    {
        var record = pending.Record;
        try
        {
            await table.SubmitTransactionAsync(pending.Actions, CancellationToken.None);
            return new AddResult(AddStatus.Added, record.Reference, record.ReceivedAt);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Either the submission key exists (a repeat) or, rarely, the reference number is taken.
            var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition(record.Kind), KeyRow(record.SubmissionKey), cancellationToken: CancellationToken.None);
            var key = found.HasValue ? found.Value : null;
            return key is null
                ? new AddResult(AddStatus.ReferenceTaken, record.Reference, record.ReceivedAt)
                : new AddResult(AddStatus.Duplicate, ReferenceNumber.Parse(key.GetString("Reference")!), key.GetDateTimeOffset("ReceivedAt") ?? record.ReceivedAt, key.GetString(AnswersColumn));
        }
    }

    private static async Task SettleAsync(Pending pending, Func<Task<AddResult>> write)
    {
        try
        {
            pending.Result.SetResult(await write());
        }
        catch (Exception e)
        {
            pending.Result.SetException(e);
        }
    }

    private sealed class Pending(InquiryRecord record, IReadOnlyList<OutboxMessage> messages)
    {
        public InquiryRecord Record { get; } = record;

        /// <summary>The key row, the inquiry's row and its outbox rows.</summary>
        public IReadOnlyList<TableTransactionAction> Actions { get; } =
        [
            new(TableTransactionActionType.Add, ToKeyEntity(record)),
            new(TableTransactionActionType.Add, ToEntity(record)),
            .. messages.Select(m => new TableTransactionAction(TableTransactionActionType.Add, OutboxEntityMapper.ToEntity(m))),
        ];

        // Callers resume on the thread pool, not on the writer's loop.
        public TaskCompletionSource<AddResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class PartitionQueue
    {
        public List<Pending> Waiting { get; } = [];

        public bool Writing { get; set; }

        /// <summary>
        /// The oldest waiting inquiries, at most a transaction's worth, with no two sharing a row:
        /// a second post of the same submission waits for the next round and finds the first stored.
        /// </summary>
        public List<Pending> TakeBatch()
        {
            var batch = new List<Pending>();
            var rows = new HashSet<string>(StringComparer.Ordinal);
            var actions = 0;
            foreach (var pending in Waiting)
            {
                if (batch.Count == MaxInquiriesPerTransaction || actions + pending.Actions.Count > MaxActionsPerTransaction)
                {
                    break;
                }

                var key = KeyRow(pending.Record.SubmissionKey);
                var reference = pending.Record.Reference.Value;
                if (!rows.Contains(key) && !rows.Contains(reference))
                {
                    rows.Add(key);
                    rows.Add(reference);
                    batch.Add(pending);
                    actions += pending.Actions.Count;
                }
            }

            Waiting.RemoveAll(batch.Contains);
            return batch;
        }
    }
}
