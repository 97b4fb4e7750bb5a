using Azure.Core;
using Azure.Data.Tables;
using PrivacySite.Inquiries.Audit;
using PrivacySite.Inquiries.Documents;
using PrivacySite.Inquiries.Storage.Files;
using PrivacySite.Inquiries.Storage.Tables;

namespace PrivacySite.Inquiries.Storage;

/// <summary>
/// Which store to open, read the same way by every command that opens one: the settings
/// <c>InquiryStore:ConnectionString</c> (environment variable <c>InquiryStore__ConnectionString</c>)
/// selects Table Storage; without it, the embedded file store lives at <c>InquiryStore:Path</c>
/// (default <c>.data/inquiries</c> under the working folder).
/// The identity documents sent with requests go to Blob Storage, container <c>InquiryStore:DocumentsContainer</c>, of the
/// account <c>InquiryStore:DocumentsConnectionString</c> names (default: the table's own account); with neither
/// connection string, to the folder <c>InquiryStore:DocumentsPath</c> (default: <c>documents</c> beside the file store's folder).
/// </summary>
public sealed record InquiryStoreSettings(string? ConnectionString, string Path, string Table,
    string? DocumentsConnectionString = null, string? DocumentsPath = null, string DocumentsContainer = InquiryStoreSettings.DefaultContainer)
{
    public const string Section = "InquiryStore";
    public const string DefaultPath = ".data/inquiries";
    public const string DefaultTable = "inquiries";
    public const string DefaultContainer = "documents";

    /// <summary>Reads the settings through a lookup of "InquiryStore:Name" keys (an IConfiguration indexer fits).</summary>
    public static InquiryStoreSettings From(Func<string, string?> setting) => new(
        NullIfBlank(setting($"{Section}:ConnectionString")),
        NullIfBlank(setting($"{Section}:Path")) ?? DefaultPath,
        NullIfBlank(setting($"{Section}:Table")) ?? DefaultTable,
        NullIfBlank(setting($"{Section}:DocumentsConnectionString")),
        NullIfBlank(setting($"{Section}:DocumentsPath")),
        NullIfBlank(setting($"{Section}:DocumentsContainer")) ?? DefaultContainer);

    public bool UsesTableStorage => ConnectionString is not null;

    /// <summary>Where the store is, for messages: the folder, or the table and its endpoint (never the key).</summary>
    /// <exception cref="FormatException">The connection string cannot be read.</exception>
    public string Describe() => ConnectionString is { } connection
        ? $"table '{Table}' at {TableConnection.Parse(connection).Endpoint}"
        : System.IO.Path.GetFullPath(Path);

    /// <summary>Opens the configured store. The connection string's key is never put in a message.</summary>
    /// <exception cref="FormatException">The connection string cannot be read.</exception>
    public IInquiryStore Open(TableClientOptions? tableOptions = null, TokenCredential? credential = null) => ConnectionString is { } connection
        ? new TableInquiryStore(TableConnection.Parse(connection).Table(Table, tableOptions ?? DefaultTableOptions(), credential))
        : new FileInquiryStore(System.IO.Path.GetFullPath(Path));

    /// <summary>The folder of the local document store: the setting, else <c>documents</c> beside the file store's folder.</summary>
    public string DocumentsFolder => System.IO.Path.GetFullPath(DocumentsPath
        ?? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path).TrimEnd(System.IO.Path.DirectorySeparatorChar))!, "documents"));

    /// <summary>Opens the configured document store: the private container, or the local folder.</summary>
    /// <exception cref="FormatException">The documents' connection string cannot be read.</exception>
    public IDocumentStore OpenDocuments(TokenCredential? credential = null) => BlobConnectionString is { } connection
        ? new BlobDocumentStore(BlobConnection.Parse(connection).Container(DocumentsContainer, BlobDocumentStore.DefaultOptions(), credential))
        : new FolderDocumentStore(DocumentsFolder);

    /// <summary>
    /// The documents' blob service: the setting, else the table's account (an account connection string serves both;
    /// a lone https://ACCOUNT.table… endpoint becomes https://ACCOUNT.blob…); null for the folder.
    /// </summary>
    /// <exception cref="FormatException">A lone table endpoint is not https.</exception>
    public string? BlobConnectionString => DocumentsConnectionString ?? (ConnectionString is { } table
        ? LoneEndpoint.TryRead(table, "TableEndpoint") is { } endpoint
            ? "BlobEndpoint=" + new UriBuilder(endpoint) { Host = endpoint.Host.Replace(".table.", ".blob.", StringComparison.OrdinalIgnoreCase) }.Uri
            : table
        : null);

    /// <summary>The audit trail kept in the same store: the same table, or an audit folder in the same folder.</summary>
    /// <exception cref="FormatException">The connection string cannot be read.</exception>
    public IAuditTrail OpenAuditTrail(TableClientOptions? tableOptions = null, TokenCredential? credential = null) => ConnectionString is { } connection
        ? new TableAuditTrail(TableConnection.Parse(connection).Table(Table, tableOptions ?? DefaultTableOptions(), credential))
        : new FileAuditTrail(Path);

    /// <summary>
    /// Few, quick retries: a person is waiting for the answer, and a store that stays down should
    /// turn into a prompt "try again later" rather than a long spinner.
    /// </summary>
    public static TableClientOptions DefaultTableOptions() => QuickRetries(new TableClientOptions());

    /// <summary>
    /// Two quick retries, and none of Azure.Core's event-source logging of requests (of no use here, and it must never
    /// carry rows or files): for the tables and the documents' blobs alike.
    /// </summary>
    public static T QuickRetries<T>(T options, double networkTimeoutSeconds = 10)
        where T : Azure.Core.ClientOptions
    {
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(networkTimeoutSeconds);
        options.Diagnostics.IsLoggingEnabled = false;
        options.Diagnostics.IsDistributedTracingEnabled = false;
        return options;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
