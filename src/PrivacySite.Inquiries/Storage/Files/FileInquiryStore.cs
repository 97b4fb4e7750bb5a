using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;

namespace PrivacySite.Inquiries.Storage.Files;

/// <summary>
/// The embedded store: one JSON document per inquiry under <c>records/</c>, and one small file per
/// submission key under <c>keys/</c>, each written atomically (temp file, flush, rename). The key is
/// claimed first, so a crash between the two writes is repaired by the retry instead of storing twice.
/// A document's version number, counted up by each update, is its ETag; updates and deletes compare
/// it under a lock file, so two processes (the service and the desk's command) cannot both win.
/// A record's outbox messages live in its file (<see cref="RecordDocument"/>), written with it; the
/// dispatcher claims and settles them under the same lock, leaving the record's version alone unless
/// it appends to the history.
/// </summary>
public sealed class FileInquiryStore : IInquiryStore, IOutbox
{
    private readonly string _root;
    private readonly string _records;
    private readonly string _keys;
    private readonly string _staging;
    private readonly AtomicFile _files;
    private readonly KeyedLocks _locks = new();
    private readonly StoreLock _updateLock;
    private const string FirstVersion = "1";

    public FileInquiryStore(string root)
    {
        _root = Path.GetFullPath(root);
        _records = Path.Combine(_root, "records");
        _keys = Path.Combine(_root, "keys");
        _staging = Path.Combine(_root, "staging");
        _files = new AtomicFile(_staging);
        _updateLock = new StoreLock(Path.Combine(_root, "update.lock"));
    }

    public string Name => "file";

    public Task<AddResult> AddAsync(InquiryRecord record, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) => Guard(async () =>
    {
        EnsureFolders();
        using var _ = await _locks.EnterAsync(record.SubmissionKey, cancellationToken);
        var keyPath = KeyPath(record.SubmissionKey);
        var answers = AnswersHash.Of(record.Values);
        var claim = new SubmissionKeyFile(record.Reference.Value, record.ReceivedAt, answers);
        if (!_files.TryCreate(keyPath, Serialize(claim)))
        {
            // Claimed before. If its inquiry is missing, the first attempt stopped between the two
            // writes: store this copy of the same submission (same answers) under the claimed reference.
            var first = Deserialize<SubmissionKeyFile>(keyPath);
            var firstReference = ReferenceNumber.Parse(first.Reference);
            if (first.Answers is null || first.Answers == answers)
            {
                var repaired = record with { Reference = firstReference, ReceivedAt = first.ReceivedAt, ETag = FirstVersion };
                _files.TryCreate(RecordPath(firstReference), new RecordDocument(repaired, [.. messages.Select(m => m with { Reference = firstReference, ETag = NewETag() })]).ToBytes());
            }

            return new AddResult(AddStatus.Duplicate, firstReference, first.ReceivedAt, first.Answers);
        }

        if (!_files.TryCreate(RecordPath(record.Reference), new RecordDocument(record with { ETag = FirstVersion }, [.. messages.Select(m => m with { ETag = NewETag() })]).ToBytes()))
        {
            File.Delete(keyPath);
            return new AddResult(AddStatus.ReferenceTaken, record.Reference, record.ReceivedAt);
        }

        return new AddResult(AddStatus.Added, record.Reference, record.ReceivedAt);
    });

    public Task<InquiryRecord?> GetAsync(ReferenceNumber reference, CancellationToken cancellationToken) => Guard(() =>
    {
        var path = RecordPath(reference);
        return Task.FromResult(File.Exists(path) ? RecordDocument.Read(path).Record : null);
    });

    public async IAsyncEnumerable<InquiryRecord> QueryAsync(InquiryQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var files = await Guard(() => Task.FromResult(Directory.Exists(_records)
            ? Directory.GetFiles(_records, "*.json").Order(StringComparer.Ordinal).ToArray()
            : []));
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = await Guard(() => Task.FromResult(File.Exists(file) ? RecordDocument.Read(file).Record : null));
            if (record is not null && query.Matches(record))
            {
                yield return record;
            }
        }
    }

    public Task<InquiryRecord> UpdateAsync(InquiryRecord record, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) => Guard(async () =>
    {
        EnsureFolders();
        using var _ = await _updateLock.EnterAsync(cancellationToken);
        var current = Current(record);
        var updated = record with { ETag = NextVersion(current.Record) };
        _files.Replace(RecordPath(record.Reference), new RecordDocument(updated, [.. current.Outbox, .. messages.Select(m => m with { ETag = NewETag() })]).ToBytes());
        return updated;
    });

    public Task DeleteAsync(InquiryRecord record, CancellationToken cancellationToken) => Guard(async () =>
    {
        EnsureFolders();
        using var _ = await _updateLock.EnterAsync(cancellationToken);
        Current(record);
        File.Delete(RecordPath(record.Reference));
        File.Delete(KeyPath(record.SubmissionKey));
        return true;
    });

    public Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            EnsureFolders();
            return Task.FromResult(true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(false);
        }
    }

    public async IAsyncEnumerable<OutboxMessage> DueAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var files = await Guard(() => Task.FromResult(Directory.Exists(_records) ? Directory.GetFiles(_records, "*.json") : []));
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outbox = await Guard(() => Task.FromResult(File.Exists(file) ? RecordDocument.Read(file).Outbox : []));
            foreach (var message in outbox.Where(m => m.IsDue(now)))
            {
                yield return message;
            }
        }
    }

    public Task<OutboxMessage?> TryClaimAsync(OutboxMessage message, DateTimeOffset leaseUntil, CancellationToken cancellationToken) => Guard(async () =>
    {
        EnsureFolders();
        using var _ = await _updateLock.EnterAsync(cancellationToken);
        if (Document(message.Reference) is not { } document || document.Outbox.SingleOrDefault(m => m.Id == message.Id) is not { } current || current.ETag != message.ETag)
        {
            return null;
        }

        var claimed = current with { Attempts = current.Attempts + 1, NextAttemptAt = leaseUntil, ETag = NewETag() };
        _files.Replace(RecordPath(message.Reference), document.With(claimed).ToBytes());
        return claimed;
    });

    public Task<bool> SettleAsync(OutboxMessage settled, HistoryEntry? entry, CancellationToken cancellationToken) => Guard(async () =>
    {
        EnsureFolders();
        using var _ = await _updateLock.EnterAsync(cancellationToken);
        if (Document(settled.Reference) is not { } document || document.Outbox.SingleOrDefault(m => m.Id == settled.Id)?.ETag != settled.ETag)
        {
            return false;
        }

        var record = entry is null ? document.Record : document.Record with { History = [.. document.Record.History, entry], ETag = NextVersion(document.Record) };
        _files.Replace(RecordPath(settled.Reference), (document with { Record = record }).With(settled with { ETag = NewETag() }).ToBytes());
        return true;
    });

    public Task<IReadOnlyList<OutboxMessage>> ForAsync(ReferenceNumber reference, CancellationToken cancellationToken) =>
        Guard(() => Task.FromResult(Document(reference)?.Outbox ?? []));

    private RecordDocument? Document(ReferenceNumber reference)
    {
        var path = RecordPath(reference);
        return File.Exists(path) ? RecordDocument.Read(path) : null;
    }

    /// <summary>The stored document, if the record's ETag is still its version.</summary>
    private RecordDocument Current(InquiryRecord record)
    {
        var current = Document(record.Reference);
        if (current is null || current.Record.ETag != record.ETag || !int.TryParse(current.Record.ETag, CultureInfo.InvariantCulture, out _))
        {
            throw new InquiryConcurrencyException(record.Reference.Value);
        }

        return current;
    }

    private static string NextVersion(InquiryRecord current) =>
        (int.Parse(current.ETag ?? FirstVersion, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);

    private static string NewETag() => Guid.NewGuid().ToString("N");

    private void EnsureFolders()
    {
        // The root first: a folder created along the way as a parent would get the default mode.
        PrivateFiles.CreateFolder(_root);
        PrivateFiles.CreateFolder(_records);
        PrivateFiles.CreateFolder(_keys);
        PrivateFiles.CreateFolder(_staging);
    }

    private string RecordPath(ReferenceNumber reference) => Path.Combine(_records, reference.Value + ".json");

    private string KeyPath(string submissionKey) => Path.Combine(_keys, submissionKey + ".json");

    private static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, InquiryJson.Options);

    private static T Deserialize<T>(string path) => JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), InquiryJson.Options)!;

    /// <summary>Turns disk failures into the store's one failure type, naming no file content.</summary>
    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InquiryStoreUnavailableException($"the file store under {_root} could not complete the operation ({e.GetType().Name})", e);
        }
    }
}
