using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Tests.Support;

namespace PrivacySite.Intake.Tests.Storage;

/// <summary>The store contract on Azure Table Storage, against a real Azurite; a new table per test.</summary>
public sealed class TableStoreContractTests(AzuriteFixture azurite) : InquiryStoreContract, IClassFixture<AzuriteFixture>
{
    protected override Task<IInquiryStore> CreateStoreAsync()
    {
        var settings = new InquiryStoreSettings(azurite.ConnectionString, "unused", "t" + Guid.NewGuid().ToString("N"));
        return Task.FromResult(settings.Open());
    }
}
