using PrivacySite.Inquiries.Documents;

namespace PrivacySite.Inquiries.Tests.Documents;

/// <summary>The document store contract on the local folder, a temp folder per test; and its files are its owner's alone.</summary>
public sealed class FolderDocumentStoreTests : DocumentStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override IDocumentStore CreateStore() => new FolderDocumentStore(_folder.Combine("documents"));

    [Fact]
    public async Task Documents_are_readable_by_their_owner_alone_in_folders_only_the_owner_can_open()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var set = DocumentSetId.New();
        await CreateStore().PutAsync(set, DocumentName.For(1, DocumentType.Pdf), new MemoryStream(RandomBytes(10)), CancellationToken.None);

        var root = _folder.Combine("documents");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(root));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(root, set.Value)));
        var file = Assert.Single(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
        Assert.Equal(Path.Combine(root, set.Value, "1.pdf"), file);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public async Task A_write_that_fails_midway_leaves_no_file()
    {
        var set = DocumentSetId.New();
        var store = CreateStore();

        await Assert.ThrowsAnyAsync<Exception>(() => store.PutAsync(set, DocumentName.For(1, DocumentType.Pdf), new FailingStream(), CancellationToken.None));

        Assert.Empty(Directory.GetFiles(_folder.Combine("documents"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_default_folder_is_beside_the_file_store()
    {
        var settings = InquiryStoreSettings.From(key => key == "InquiryStore:Path" ? _folder.Combine("data", "inquiries") : null);

        Assert.Equal(_folder.Combine("data", "documents"), settings.DocumentsFolder);
        Assert.IsType<FolderDocumentStore>(settings.OpenDocuments());
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A body that breaks off after its first bytes, as a client's connection may.</summary>
    private sealed class FailingStream : MemoryStream
    {
        private bool _sent;

        public FailingStream()
            : base(new byte[1000])
        {
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_sent)
            {
                throw new IOException("the client went away");
            }

            _sent = true;
            return await base.ReadAsync(buffer, cancellationToken);
        }
    }
}
