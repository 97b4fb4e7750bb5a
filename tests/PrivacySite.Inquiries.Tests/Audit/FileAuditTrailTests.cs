using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Tests.Audit;

/// <summary>The audit trail contract on the file store, in a temp folder per test; each record is a file of its own, readable by its owner alone.</summary>
public sealed class FileAuditTrailTests : AuditTrailContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override InquiryStoreSettings Settings => new(null, _folder.Combine("inquiries"), "unused");

    [Fact]
    public async Task Each_record_is_a_new_file_only_its_owner_can_read()
    {
        await Settings.OpenAuditTrail().AppendAsync(new Inquiries.Audit.AuditRecord(DateTimeOffset.UtcNow, "Admin", Inquiries.Audit.AuditAction.Exported, []), CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(_folder.Combine("inquiries", "audit")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(PrivateFiles.FilePermissions, File.GetUnixFileMode(file));
        }
    }

    public void Dispose() => _folder.Dispose();
}
