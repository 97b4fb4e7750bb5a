using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;

namespace PrivacySite.Inquiries.Storage.Tables;

/// <summary>
/// Where the table service is and how to sign in. A connection string as the Azure portal shows it
/// (or <c>UseDevelopmentStorage=true</c>) goes to the SDK as it is. Just <c>TableEndpoint=https://…</c>
/// means sign in with a managed identity: the SDK's connection-string parser refuses that form, so it
/// is read here. <see cref="ToString"/> never holds a key.
/// </summary>
public sealed class TableConnection
{
    private const string EndpointSetting = "TableEndpoint";

    private readonly string? _connectionString;

    private TableConnection(Uri endpoint, string? connectionString)
    {
        Endpoint = endpoint;
        _connectionString = connectionString;
    }

    /// <summary>The table service's address (with the account in the path for Azurite).</summary>
    public Uri Endpoint { get; }

    /// <summary>True when requests carry a token from a <see cref="TokenCredential"/> rather than the connection string's key.</summary>
    public bool UsesTokenCredential => _connectionString is null;

    /// <exception cref="FormatException">The text is neither a connection string the SDK reads nor a lone https TableEndpoint.</exception>
    public static TableConnection Parse(string text)
    {
        if (LoneEndpoint.TryRead(text, EndpointSetting) is { } endpoint)
        {
            return new TableConnection(endpoint, null);
        }

        try
        {
            return new TableConnection(new TableServiceClient(text).Uri, text);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or UriFormatException)
        {
            // The SDK's messages name the part it could not read, never the key's value.
            throw new FormatException(e.Message, e);
        }
    }

    /// <summary>The client of one table; <paramref name="credential"/> (default: the managed identity chain) is used only for an endpoint-only connection.</summary>
    public TableClient Table(string name, TableClientOptions options, TokenCredential? credential = null) =>
        (_connectionString is { } connection
            ? new TableServiceClient(connection, options)
            : new TableServiceClient(Endpoint, credential ?? new DefaultAzureCredential(), options))
        .GetTableClient(name);

    public override string ToString() => $"{EndpointSetting}={Endpoint}";
}
