using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Documents;

/// <summary>
/// Where the blob service is and how to sign in: a connection string as the Azure portal shows it goes to the SDK as
/// it is; just <c>BlobEndpoint=https://…</c> signs in with a managed identity. <see cref="ToString"/> never holds a key.
/// </summary>
public sealed class BlobConnection
{
    private const string EndpointSetting = "BlobEndpoint";

    private readonly string? _connectionString;

    private BlobConnection(Uri endpoint, string? connectionString)
    {
        Endpoint = endpoint;
        _connectionString = connectionString;
    }

    /// <summary>The blob service's address (with the account in the path for Azurite).</summary>
    public Uri Endpoint { get; }

    /// <exception cref="FormatException">The text is neither a connection string the SDK reads nor a lone https BlobEndpoint.</exception>
    public static BlobConnection Parse(string text)
    {
        if (LoneEndpoint.TryRead(text, EndpointSetting) is { } endpoint)
        {
            return new BlobConnection(endpoint, null);
        }

        try
        {
            return new BlobConnection(new BlobServiceClient(text).Uri, text);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or UriFormatException or FormatException)
        {
            // The SDK's messages name the part it could not read, never the key's value.
            throw new FormatException(e.Message, e);
        }
    }

    /// <summary>The client of one container; <paramref name="credential"/> (default: the managed identity chain) is used only for an endpoint-only connection.</summary>
    public BlobContainerClient Container(string name, BlobClientOptions options, TokenCredential? credential = null) =>
        (_connectionString is { } connection
            ? new BlobServiceClient(connection, options)
            : new BlobServiceClient(Endpoint, credential ?? new DefaultAzureCredential(), options))
        .GetBlobContainerClient(name);

    public override string ToString() => $"{EndpointSetting}={Endpoint}";
}
