using PrivacySite.Inquiries.Storage;
using PrivacySite.Inquiries.Storage.Files;

namespace PrivacySite.Inquiries.Tests.Storage;

/// <summary>The store contract on the embedded file store, in a temp folder per test.</summary>
public sealed class FileStoreContractTests : InquiryStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Task<IInquiryStore> CreateStoreAsync() =>
        Task.FromResult<IInquiryStore>(new FileInquiryStore(_folder.Combine("inquiries")));

    [Fact]
    public async Task Each_inquiry_is_one_json_document_and_no_temp_file_is_left_behind()
    {
        var store = await CreateStoreAsync();
        var record = Samples.Record();
        await store.AddAsync(record, [], CancellationToken.None);

        var document = _folder.Combine("inquiries", "records", record.Reference.Value + ".json");
        Assert.True(File.Exists(document));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(document));
        Assert.Equal(record.Reference.Value, json.RootElement.GetProperty("reference").GetString());
        Assert.Equal("見本 花子", json.RootElement.GetProperty("values").GetProperty("name")[0].GetString());
        Assert.Empty(Directory.GetFiles(_folder.Combine("inquiries", "staging")));
    }

    [Fact]
    public async Task Inquiry_files_are_readable_by_their_owner_alone_in_folders_only_the_owner_can_open()
    {
        // Windows has no such modes: the folder's access list applies there.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var store = await CreateStoreAsync();
        var record = Samples.Record();
        await store.AddAsync(record, [], CancellationToken.None);
        var read = (await store.GetAsync(record.Reference, CancellationToken.None))!;
        await store.UpdateAsync(read with { Status = InquiryStatus.InProgress }, [], CancellationToken.None);

        var root = _folder.Combine("inquiries");
        var folders = new[] { root }.Concat(Directory.GetDirectories(root, "*", SearchOption.AllDirectories)).ToList();
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories);
        Assert.Equal(4, folders.Count);
        Assert.Equal(3, files.Length);
        foreach (var folder in folders)
        {
            Assert.Equal((folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute), (folder, File.GetUnixFileMode(folder)));
        }

        foreach (var file in files)
        {
            Assert.Equal((file, UnixFileMode.UserRead | UnixFileMode.UserWrite), (file, File.GetUnixFileMode(file)));
        }
    }

    [Fact]
    public async Task A_claim_left_by_an_interrupted_write_is_completed_by_the_retry()
    {
        // The first attempt claimed its key and stopped before writing the inquiry.
        var store = await CreateStoreAsync();
        var first = Samples.Record(key: "interrupted");
        await store.AddAsync(first, [], CancellationToken.None);
        File.Delete(_folder.Combine("inquiries", "records", first.Reference.Value + ".json"));

        var retry = await store.AddAsync(Samples.Record(key: "interrupted"), [], CancellationToken.None);

        Assert.Equal(first.Reference, retry.Reference);
        Assert.NotNull(await store.GetAsync(first.Reference, CancellationToken.None));
    }

    [Fact]
    public async Task An_update_waits_while_another_process_is_in_the_middle_of_one()
    {
        // The race between two processes is too quick to catch in the act: take the lock as the other process would.
        var store = await CreateStoreAsync();
        var record = Samples.Record();
        await store.AddAsync(record, [], CancellationToken.None);
        var read = (await store.GetAsync(record.Reference, CancellationToken.None))!;

        Task<InquiryRecord> update;
        using (new FileStream(_folder.Combine("inquiries", "update.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            update = store.UpdateAsync(read with { Status = InquiryStatus.IdentityVerified }, [], CancellationToken.None);
            await Task.Delay(500);
            Assert.False(update.IsCompleted, "the update went ahead while another process held the store's update lock");
            Assert.Equal(InquiryStatus.Received, (await store.GetAsync(record.Reference, CancellationToken.None))!.Status);
        }

        Assert.Equal(InquiryStatus.IdentityVerified, (await update).Status);
    }

    public void Dispose() => _folder.Dispose();
}
