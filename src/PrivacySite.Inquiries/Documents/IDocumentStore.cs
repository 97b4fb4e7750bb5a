using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Documents;

/// <summary>
/// Where the identity documents sent with a request are kept, apart from the inquiries: a private Azure Blob Storage
/// container in production, a folder beside the file store locally. Each inquiry's documents are one set
/// (a prefix of the container, a folder on disk) under a name the server chose. Both pass the same contract tests.
/// Every method either completes or throws <see cref="InquiryStoreUnavailableException"/>.
/// </summary>
public interface IDocumentStore
{
    /// <summary>A short name for health reports ("blob" or "folder").</summary>
    string Name { get; }

    /// <summary>Streams <paramref name="content"/> into the set as <paramref name="name"/>, never replacing a document already there.</summary>
    Task PutAsync(DocumentSetId set, DocumentName name, Stream content, CancellationToken cancellationToken);

    /// <summary>The set's documents, in the order of their names; none for a set that does not exist.</summary>
    Task<IReadOnlyList<StoredDocument>> ListAsync(DocumentSetId set, CancellationToken cancellationToken);

    /// <summary>The document's bytes, to be read and disposed by the caller; null when it is not there.</summary>
    Task<Stream?> OpenAsync(DocumentSetId set, DocumentName name, CancellationToken cancellationToken);

    /// <summary>Deletes every document of the set (nothing to do for one that does not exist).</summary>
    Task DeleteAsync(DocumentSetId set, CancellationToken cancellationToken);

    /// <summary>Every set stored, with the time its first document was written, so the purge can find those no inquiry names.</summary>
    IAsyncEnumerable<StoredSet> SetsAsync(CancellationToken cancellationToken);
}

/// <summary>One stored document: its name (which gives its type) and its length in bytes.</summary>
public sealed record StoredDocument(DocumentName Name, long Length);

/// <summary>A stored set and when its oldest document was written.</summary>
public sealed record StoredSet(DocumentSetId Id, DateTimeOffset WrittenAt);
