using PrivacySite.Inquiries.Storage.Files;

namespace PrivacySite.Inquiries.Tests.Desk;

/// <summary>The desk on the embedded file store, in a temp folder per test.</summary>
public sealed class FileDeskTests : InquiryDeskContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Task<IInquiryStore> CreateStoreAsync() => Task.FromResult<IInquiryStore>(new FileInquiryStore(_folder.Combine("inquiries")));

    public void Dispose() => _folder.Dispose();
}
