
namespace PrivacySite.Inquiries.Tests.Desk;

/// <summary>The desk on Azure Table Storage, against a real Azurite; a new table per test.</summary>
public sealed class TableDeskTests(AzuriteFixture azurite) : InquiryDeskContract, IClassFixture<AzuriteFixture>
{
    private readonly string _table = "t" + Guid.NewGuid().ToString("N");

    protected override Task<IInquiryStore> CreateStoreAsync() =>
        Task.FromResult(new InquiryStoreSettings(azurite.ConnectionString, "unused", _table).Open());
}
