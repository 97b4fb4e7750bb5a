using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Documents;

/// <summary>
/// The document store on Azure Blob Storage: one private container (created without public access, so no blob
/// is ever reachable by its address alone), one prefix per set (<c>SET/1.pdf</c>). Uploads are streamed in blocks,
/// never held whole; a document is written only if no blob of its name exists.
/// </summary>
public sealed class BlobDocumentStore(BlobContainerClient container) : IDocumentStore
{
    /// <summary>Blocks of 4 MB, one at a time: a 10 MB file costs a few MB of memory on its way to storage.</summary>
    private static readonly Azure.Storage.StorageTransferOptions Transfer = new()
    {
        InitialTransferSize = 4 * 1024 * 1024,
        MaximumTransferSize = 4 * 1024 * 1024,
        MaximumConcurrency = 1,
    };

    private int _created;

    public string Name => "blob";

    public Task PutAsync(DocumentSetId set, DocumentName name, Stream content, CancellationToken cancellationToken) => Guard(async () =>
    {
        await EnsureContainerAsync(cancellationToken);
        await container.GetBlobClient(BlobName(set, name)).UploadAsync(content, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = name.ContentType },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            TransferOptions = Transfer,
        }, cancellationToken);
        return true;
    });

    public Task<IReadOnlyList<StoredDocument>> ListAsync(DocumentSetId set, CancellationToken cancellationToken) => Guard(async () =>
    {
        var found = new List<StoredDocument>();
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = set.Value + "/" }, cancellationToken))
        {
            if (DocumentName.TryParse(blob.Name[(set.Value.Length + 1)..], out var name))
            {
                found.Add(new StoredDocument(name.Value, blob.Properties.ContentLength ?? 0));
            }
        }

        return (IReadOnlyList<StoredDocument>)[.. found.OrderBy(d => d.Name.Number)];
    }, missingContainer: []);

    public Task<Stream?> OpenAsync(DocumentSetId set, DocumentName name, CancellationToken cancellationToken) => Guard<Stream?>(async () =>
    {
        try
        {
            return await container.GetBlobClient(BlobName(set, name)).OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }, missingContainer: null);

    public Task DeleteAsync(DocumentSetId set, CancellationToken cancellationToken) => Guard(async () =>
    {
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = set.Value + "/" }, cancellationToken))
        {
            await container.DeleteBlobIfExistsAsync(blob.Name, DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        }

        return true;
    }, missingContainer: true);

    public async IAsyncEnumerable<StoredSet> SetsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sets = await Guard(async () =>
        {
            var oldest = new Dictionary<DocumentSetId, DateTimeOffset>();
            await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                if (blob.Name.Split('/') is [var prefix, _] && DocumentSetId.TryParse(prefix, out var id))
                {
                    var at = blob.Properties.CreatedOn ?? DateTimeOffset.MinValue;
                    oldest[id.Value] = oldest.TryGetValue(id.Value, out var seen) && seen < at ? seen : at;
                }
            }

            return (IReadOnlyList<StoredSet>)[.. oldest.Select(p => new StoredSet(p.Key, p.Value))];
        }, missingContainer: []);
        foreach (var set in sets)
        {
            yield return set;
        }
    }

    /// <summary>Few, quick retries, as for the table store (a person waits for the answer); a block of 4 MB may take longer than a row.</summary>
    public static BlobClientOptions DefaultOptions() => InquiryStoreSettings.QuickRetries(new BlobClientOptions(), networkTimeoutSeconds: 30);

    private static string BlobName(DocumentSetId set, DocumentName name) => set.Value + "/" + name.Value;

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 0)
        {
            // Private: no anonymous reads of the container or of any blob in it.
            await container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken);
            Volatile.Write(ref _created, 1);
        }
    }

    private static Task<T> Guard<T>(Func<Task<T>> action) => Guard(action, missingContainer: default!, hasFallback: false);

    private static Task<T> Guard<T>(Func<Task<T>> action, T missingContainer) => Guard(action, missingContainer, hasFallback: true);

    private static async Task<T> Guard<T>(Func<Task<T>> action, T missingContainer, bool hasFallback)
    {
        try
        {
            return await action();
        }
        catch (RequestFailedException e) when (hasFallback && e.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // Nothing was ever stored: no container yet.
            return missingContainer;
        }
        catch (RequestFailedException e)
        {
            // The status and error code only: the SDK's message may quote the request.
            throw new InquiryStoreUnavailableException($"blob storage answered {e.Status} {e.ErrorCode}", e);
        }
        catch (Exception e) when (e is AggregateException or HttpRequestException or IOException or TaskCanceledException && !IsCallerCancel(e))
        {
            throw new InquiryStoreUnavailableException($"blob storage could not be reached ({e.GetType().Name})", e);
        }
    }

    private static bool IsCallerCancel(Exception e) => e is OperationCanceledException { CancellationToken.IsCancellationRequested: true };
}
