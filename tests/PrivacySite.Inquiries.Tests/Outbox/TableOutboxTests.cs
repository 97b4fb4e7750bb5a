namespace PrivacySite.Inquiries.Tests.Outbox;

/// <summary>The outbox contract on Table Storage, against a real Azurite; a new table per test.</summary>
public sealed class TableOutboxTests(AzuriteFixture azurite) : OutboxContract, IClassFixture<AzuriteFixture>
{
    private readonly string _table = "t" + Guid.NewGuid().ToString("N");

    protected override Task<IInquiryStore> CreateStoreAsync() =>
        Task.FromResult(new InquiryStoreSettings(azurite.ConnectionString, "unused", _table).Open());
}
