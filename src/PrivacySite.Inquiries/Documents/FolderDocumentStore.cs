using System.Runtime.CompilerServices;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Documents;

/// <summary>
/// The local document store: a folder (beside the file store's) with one sub-folder per set, every folder and
/// file readable by its owner alone (<see cref="PrivateFiles"/>). A document is streamed into a temp file of its
/// set, flushed, and renamed into place, so a reader never sees part of one.
/// </summary>
public sealed class FolderDocumentStore(string root) : IDocumentStore
{
    private const string PartSuffix = ".part";
    private readonly string _root = Path.GetFullPath(root);

    public string Name => "folder";

    public Task PutAsync(DocumentSetId set, DocumentName name, Stream content, CancellationToken cancellationToken) => Guard(async () =>
    {
        PrivateFiles.CreateFolder(_root);
        var folder = SetFolder(set);
        PrivateFiles.CreateFolder(folder);
        var path = Path.Combine(folder, name.Value);
        var temp = path + "." + Guid.NewGuid().ToString("N") + PartSuffix;
        try
        {
            await using (var file = PrivateFiles.CreateNew(temp))
            {
                await content.CopyToAsync(file, cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: false);
        }
        finally
        {
            File.Delete(temp);
        }
    });

    public Task<IReadOnlyList<StoredDocument>> ListAsync(DocumentSetId set, CancellationToken cancellationToken) => Guard(() =>
    {
        var folder = SetFolder(set);
        IReadOnlyList<StoredDocument> found = Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder)
                .Select(path => DocumentName.TryParse(Path.GetFileName(path), out var name) ? new StoredDocument(name.Value, new FileInfo(path).Length) : null)
                .OfType<StoredDocument>()
                .OrderBy(d => d.Name.Number)]
            : [];
        return Task.FromResult(found);
    });

    public Task<Stream?> OpenAsync(DocumentSetId set, DocumentName name, CancellationToken cancellationToken) => Guard(() =>
    {
        var path = Path.Combine(SetFolder(set), name.Value);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
        return Task.FromResult(stream);
    });

    public Task DeleteAsync(DocumentSetId set, CancellationToken cancellationToken) => Guard(() =>
    {
        var folder = SetFolder(set);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    });

    public async IAsyncEnumerable<StoredSet> SetsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sets = await Guard(() => Task.FromResult<IReadOnlyList<StoredSet>>(Directory.Exists(_root)
            ? [.. Directory.EnumerateDirectories(_root)
                .Select(folder => DocumentSetId.TryParse(Path.GetFileName(folder), out var id) ? new StoredSet(id.Value, WrittenAt(folder)) : null)
                .OfType<StoredSet>()]
            : []));
        foreach (var set in sets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return set;
        }
    }

    private string SetFolder(DocumentSetId set) => Path.Combine(_root, set.Value);

    // The oldest file's time (a temp file counts: it is what an interrupted write leaves), else the folder's.
    private static DateTimeOffset WrittenAt(string folder) =>
        Directory.EnumerateFiles(folder).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(Directory.GetLastWriteTimeUtc(folder)).Min();

    private static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InquiryStoreUnavailableException($"the document folder could not be used ({e.GetType().Name})", e);
        }
    }

    private static Task Guard(Func<Task> action) => Guard(async () =>
    {
        await action();
        return true;
    });
}
