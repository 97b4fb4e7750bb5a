using Azure.Core;

namespace PrivacySite.Inquiries.Storage.Tables.Client;

/// <summary>Retry and timeout settings of the table client (Azure.Core's own client options).</summary>
public sealed class TableClientOptions : ClientOptions
{
    public const string ServiceVersion = "2019-02-02";
}
