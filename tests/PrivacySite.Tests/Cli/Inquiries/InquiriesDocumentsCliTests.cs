using PrivacySite.Inquiries.Audit;
using PrivacySite.Inquiries.Documents;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Tests.Cli.Inquiries;

/// <summary>`privacysite inquiries documents` and `purge-documents` on the file store and its document folder.</summary>
public sealed class InquiriesDocumentsCliTests : IDisposable
{
    private readonly DeskCli _cli = new();

    private FolderDocumentStore Documents => new(Path.Combine(_cli.Folder, "documents"));

    public void Dispose() => _cli.Dispose();

    private async Task<(InquiryRecord Record, byte[] Pdf)> SeedWithDocumentAsync(params InquiryStatus[] steps)
    {
        var set = DocumentSetId.New();
        var pdf = UploadSamples.Pdf();
        await Documents.PutAsync(set, DocumentName.For(1, DocumentType.Pdf), new MemoryStream(pdf), CancellationToken.None);
        return (await _cli.SeedAsync(DeskSamples.Record(steps: steps) with { DocumentSet = set.Value }), pdf);
    }

    [Fact]
    public async Task Documents_are_listed_and_saved_owner_only_with_each_opening_in_the_audit_trail()
    {
        var (record, pdf) = await SeedWithDocumentAsync();
        var target = Path.Combine(_cli.Folder, "out");
        Directory.CreateDirectory(target);

        var listed = await _cli.RunAsync("documents", record.Reference.Value);
        var saved = await _cli.RunAsync("documents", record.Reference.Value, "--save", target, "--actor", "clerk");

        Assert.True(listed.Exit == 0, listed.Stderr);
        Assert.Contains("1.pdf", listed.Stdout);
        Assert.Contains("application/pdf", listed.Stdout);
        Assert.True(saved.Exit == 0, saved.Stderr);
        var file = Path.Combine(target, record.Reference.Value + "-1.pdf");
        Assert.Equal(pdf, await File.ReadAllBytesAsync(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        var trail = await new InquiryStoreSettings(null, Path.Combine(_cli.Folder, "store"), "unused").OpenAuditTrail().ReadAsync(CancellationToken.None);
        Assert.Contains(trail, r => r.Action == AuditAction.OpenedDocument && r.Actor == "clerk" && r.References.SequenceEqual([record.Reference.Value]));

        var again = await _cli.RunAsync("--lang", "ja", "documents", record.Reference.Value, "--save", target);
        Assert.Equal(1, again.Exit);
        Assert.Contains("すでにあります", again.Stderr);
    }

    [Fact]
    public async Task A_request_without_documents_says_so_in_both_languages()
    {
        var record = await _cli.SeedAsync(DeskSamples.Record());

        Assert.Contains("No identity documents are stored with " + record.Reference.Value, (await _cli.RunAsync("documents", record.Reference.Value)).Stdout);
        Assert.Contains("本人確認の書類はありません", (await _cli.RunAsync("--lang", "ja", "documents", record.Reference.Value)).Stdout);
    }

    [Fact]
    public async Task Purge_documents_lists_first_and_with_yes_deletes_the_served_ones_keeping_the_inquiry()
    {
        var (served, _) = await SeedWithDocumentAsync(InquiryStatus.IdentityVerified);
        var (open, _) = await SeedWithDocumentAsync();

        var dryRun = await _cli.RunAsync("purge-documents", "--after", "0");
        Assert.True(dryRun.Exit == 0, dryRun.Stderr);
        Assert.Contains(served.Reference.Value, dryRun.Stdout);
        Assert.DoesNotContain(open.Reference.Value, dryRun.Stdout);
        Assert.Single(await Documents.ListAsync(DocumentSetId.TryParse(served.DocumentSet, out var set) ? set.Value : default, CancellationToken.None));

        var purge = await _cli.RunAsync("purge-documents", "--after", "0", "--yes");

        Assert.True(purge.Exit == 0, purge.Stderr);
        Assert.Contains("Deleted the documents of 1 inquiries", purge.Stdout);
        Assert.Empty(await Documents.ListAsync(set!.Value, CancellationToken.None));
        var kept = (await _cli.Store.GetAsync(served.Reference, CancellationToken.None))!;
        Assert.Null(kept.DocumentSet);
        Assert.NotNull((await _cli.Store.GetAsync(open.Reference, CancellationToken.None))!.DocumentSet);
    }
}
