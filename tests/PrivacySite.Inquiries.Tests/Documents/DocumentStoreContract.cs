using System.Security.Cryptography;
using PrivacySite.Inquiries.Documents;

namespace PrivacySite.Inquiries.Tests.Documents;

/// <summary>What every document store must do, run on real storage (Azurite's blob service, a temp folder).</summary>
public abstract class DocumentStoreContract
{
    /// <summary>The store of this test, empty when the test starts; each call opens a new handle on the same storage.</summary>
    protected abstract IDocumentStore CreateStore();

    private static CancellationToken None => CancellationToken.None;

    protected static byte[] RandomBytes(int length) => RandomNumberGenerator.GetBytes(length);

    [Fact]
    public async Task A_stored_document_reads_back_byte_for_byte_and_is_listed_with_its_length()
    {
        var store = CreateStore();
        var set = DocumentSetId.New();
        var bytes = RandomBytes(70_000);

        await store.PutAsync(set, DocumentName.For(1, DocumentType.Pdf), new MemoryStream(bytes), None);

        var listed = Assert.Single(await CreateStore().ListAsync(set, None));
        Assert.Equal(("1.pdf", 70_000L), (listed.Name.Value, listed.Length));
        await using var read = await CreateStore().OpenAsync(set, listed.Name, None);
        Assert.NotNull(read);
        Assert.Equal(bytes, await ReadAllAsync(read));
    }

    [Fact]
    public async Task A_large_document_is_streamed_in_and_out_whole()
    {
        // Larger than one upload block of the blob store, so it goes in several.
        var store = CreateStore();
        var set = DocumentSetId.New();
        var bytes = RandomBytes(10 * 1024 * 1024 + 123);

        await store.PutAsync(set, DocumentName.For(2, DocumentType.Jpeg), new MemoryStream(bytes), None);

        await using var read = await store.OpenAsync(set, DocumentName.For(2, DocumentType.Jpeg), None);
        Assert.Equal(SHA256.HashData(bytes), SHA256.HashData(await ReadAllAsync(read!)));
    }

    [Fact]
    public async Task Each_set_holds_only_its_own_documents_listed_in_order()
    {
        var store = CreateStore();
        var first = DocumentSetId.New();
        var second = DocumentSetId.New();
        await store.PutAsync(first, DocumentName.For(2, DocumentType.Png), new MemoryStream(RandomBytes(10)), None);
        await store.PutAsync(first, DocumentName.For(1, DocumentType.Jpeg), new MemoryStream(RandomBytes(20)), None);
        await store.PutAsync(second, DocumentName.For(1, DocumentType.Pdf), new MemoryStream(RandomBytes(30)), None);

        Assert.Equal(["1.jpg", "2.png"], (await store.ListAsync(first, None)).Select(d => d.Name.Value));
        Assert.Equal(["1.pdf"], (await store.ListAsync(second, None)).Select(d => d.Name.Value));
        Assert.Null(await store.OpenAsync(second, DocumentName.For(1, DocumentType.Jpeg), None));
    }

    [Fact]
    public async Task A_document_is_never_replaced()
    {
        var store = CreateStore();
        var set = DocumentSetId.New();
        var name = DocumentName.For(1, DocumentType.Pdf);
        var bytes = RandomBytes(100);
        await store.PutAsync(set, name, new MemoryStream(bytes), None);

        await Assert.ThrowsAsync<InquiryStoreUnavailableException>(() => store.PutAsync(set, name, new MemoryStream(RandomBytes(100)), None));

        await using var read = await store.OpenAsync(set, name, None);
        Assert.Equal(bytes, await ReadAllAsync(read!));
    }

    [Fact]
    public async Task Deleting_a_set_removes_all_its_documents_and_leaves_the_others()
    {
        var store = CreateStore();
        var gone = DocumentSetId.New();
        var kept = DocumentSetId.New();
        await store.PutAsync(gone, DocumentName.For(1, DocumentType.Pdf), new MemoryStream(RandomBytes(10)), None);
        await store.PutAsync(gone, DocumentName.For(2, DocumentType.Pdf), new MemoryStream(RandomBytes(10)), None);
        await store.PutAsync(kept, DocumentName.For(1, DocumentType.Pdf), new MemoryStream(RandomBytes(10)), None);

        await store.DeleteAsync(gone, None);
        await store.DeleteAsync(DocumentSetId.New(), None);

        Assert.Empty(await store.ListAsync(gone, None));
        Assert.Null(await store.OpenAsync(gone, DocumentName.For(1, DocumentType.Pdf), None));
        Assert.Single(await store.ListAsync(kept, None));
        var sets = await SetsAsync(store);
        Assert.DoesNotContain(gone, sets.Select(s => s.Id));
        Assert.Contains(kept, sets.Select(s => s.Id));
    }

    [Fact]
    public async Task The_sets_are_listed_with_when_they_were_written()
    {
        var store = CreateStore();
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        var set = DocumentSetId.New();
        await store.PutAsync(set, DocumentName.For(1, DocumentType.Png), new MemoryStream(RandomBytes(10)), None);

        var found = Assert.Single(await SetsAsync(CreateStore()), s => s.Id == set);
        Assert.InRange(found.WrittenAt, before, DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task A_store_with_nothing_in_it_lists_nothing()
    {
        var store = CreateStore();

        Assert.Empty(await store.ListAsync(DocumentSetId.New(), None));
        Assert.Null(await store.OpenAsync(DocumentSetId.New(), DocumentName.For(1, DocumentType.Pdf), None));
        Assert.Empty(await SetsAsync(store));
    }

    protected static async Task<IReadOnlyList<StoredSet>> SetsAsync(IDocumentStore store)
    {
        var sets = new List<StoredSet>();
        await foreach (var set in store.SetsAsync(None))
        {
            sets.Add(set);
        }

        return sets;
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
