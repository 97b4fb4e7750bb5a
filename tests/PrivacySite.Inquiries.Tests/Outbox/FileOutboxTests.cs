using PrivacySite.Inquiries.Storage.Files;

namespace PrivacySite.Inquiries.Tests.Outbox;

/// <summary>The outbox contract on the file store, in a temp folder.</summary>
public sealed class FileOutboxTests : OutboxContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Task<IInquiryStore> CreateStoreAsync() => Task.FromResult<IInquiryStore>(new FileInquiryStore(_folder.Combine("inquiries")));

    public void Dispose() => _folder.Dispose();
}
