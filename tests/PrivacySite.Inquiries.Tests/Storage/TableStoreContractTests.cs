using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Tests.Storage;

/// <summary>The store contract on Azure Table Storage, against a real Azurite; a new table per test.</summary>
public sealed class TableStoreContractTests(AzuriteFixture azurite) : InquiryStoreContract, IClassFixture<AzuriteFixture>
{
    private readonly string _table = "t" + Guid.NewGuid().ToString("N");

    protected override Task<IInquiryStore> CreateStoreAsync() =>
        Task.FromResult(new InquiryStoreSettings(azurite.ConnectionString, "unused", _table).Open());
}
