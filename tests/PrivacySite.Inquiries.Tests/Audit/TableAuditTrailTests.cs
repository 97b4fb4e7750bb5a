using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Tests.Audit;

/// <summary>The audit trail contract on Table Storage (a real Azurite), in the inquiries' own table, a new one per test.</summary>
public sealed class TableAuditTrailTests(AzuriteFixture azurite) : AuditTrailContract, IClassFixture<AzuriteFixture>
{
    private readonly string _table = "t" + Guid.NewGuid().ToString("N");

    protected override InquiryStoreSettings Settings => new(azurite.ConnectionString, "unused", _table);

    [Fact]
    public async Task An_unreachable_table_is_the_stores_one_failure_never_another_exception()
    {
        var trail = new InquiryStoreSettings(AzuriteProcess.ConnectionStringAt(FreePort.Next()), "unused", _table).OpenAuditTrail();

        await Assert.ThrowsAsync<InquiryStoreUnavailableException>(() => trail.ReadAsync(CancellationToken.None));
    }
}
