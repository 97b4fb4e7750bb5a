using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Tests.Cli.Inquiries;

/// <summary>The same commands on Table Storage (Azurite), chosen by InquiryStore__ConnectionString exactly as the service chooses it.</summary>
public sealed class InquiriesCliOnAzuriteTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task List_show_and_set_status_work_on_table_storage()
    {
        using var cli = new DeskCli(azurite.ConnectionString);
        var record = await cli.SeedAsync(DeskSamples.Record(InquiryKind.Complaint));

        var list = await cli.RunAsync("list");
        Assert.True(list.Exit == 0, list.Stderr);
        Assert.StartsWith(record.Reference.Value, list.Stdout.Split('\n')[1]);
        Assert.Contains("table 't", list.Stdout);

        var change = await cli.RunAsync("set-status", record.Reference.Value, "identity-verified", "--actor", "見本 一郎");
        Assert.True(change.Exit == 0, change.Stderr);
        var refused = await cli.RunAsync("set-status", record.Reference.Value, "identity-verified");
        Assert.Equal(1, refused.Exit);
        Assert.Contains("from identity-verified it can become in-progress, awaiting-documents, refused, withdrawn", refused.Stderr);

        var show = await cli.RunAsync("show", record.Reference.Value);
        Assert.Matches(@"identity-verified\s+見本 一郎", show.Stdout);
        Assert.Equal(InquiryStatus.IdentityVerified, (await cli.Store.GetAsync(record.Reference, CancellationToken.None))!.Status);
    }
}
