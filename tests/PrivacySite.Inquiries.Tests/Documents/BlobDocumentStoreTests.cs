using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using PrivacySite.Inquiries.Documents;

namespace PrivacySite.Inquiries.Tests.Documents;

/// <summary>The document store contract on a real Azurite blob service, a new container per test; and the container is private.</summary>
public sealed class BlobDocumentStoreTests(AzuriteBlobFixture azurite) : DocumentStoreContract, IClassFixture<AzuriteBlobFixture>
{
    private readonly string _container = "c" + Guid.NewGuid().ToString("N");

    protected override IDocumentStore CreateStore() => Settings(azurite.ConnectionString).OpenDocuments();

    private InquiryStoreSettings Settings(string connection) => new(null, "unused", "unused", connection, null, _container);

    [Fact]
    public async Task The_container_is_private_and_a_document_cannot_be_fetched_by_its_address_alone()
    {
        var set = DocumentSetId.New();
        await CreateStore().PutAsync(set, DocumentName.For(1, DocumentType.Pdf), new MemoryStream(RandomBytes(10)), CancellationToken.None);

        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(_container);
        Assert.Equal(PublicAccessType.None, (await container.GetAccessPolicyAsync()).Value.BlobPublicAccess);
        var blob = container.GetBlobClient(set.Value + "/1.pdf");
        Assert.Equal("application/pdf", (await blob.GetPropertiesAsync()).Value.ContentType);
        using var anonymous = new HttpClient();
        var response = await anonymous.GetAsync(blob.Uri);
        Assert.False(response.IsSuccessStatusCode, $"an anonymous GET of a document answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_blob_service_that_does_not_answer_is_unavailable()
    {
        var store = Settings(AzuriteProcess.BlobConnectionStringAt(FreePort.Next())).OpenDocuments();

        await Assert.ThrowsAsync<InquiryStoreUnavailableException>(() =>
            store.PutAsync(DocumentSetId.New(), DocumentName.For(1, DocumentType.Pdf), new MemoryStream(RandomBytes(10)), CancellationToken.None));
        await Assert.ThrowsAsync<InquiryStoreUnavailableException>(() => store.ListAsync(DocumentSetId.New(), CancellationToken.None));
    }

    [Fact]
    public void Only_a_lone_https_blob_endpoint_signs_in_with_a_token()
    {
        Assert.Equal("https://account.blob.core.windows.net/", BlobConnection.Parse("BlobEndpoint=https://account.blob.core.windows.net").Endpoint.ToString());
        Assert.Throws<FormatException>(() => BlobConnection.Parse("BlobEndpoint=http://account.blob.core.windows.net"));
        Assert.Throws<FormatException>(() => BlobConnection.Parse("not a connection string"));
    }
}
