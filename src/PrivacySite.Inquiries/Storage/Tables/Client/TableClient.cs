using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace PrivacySite.Inquiries.Storage.Tables.Client;

/// <summary>
/// A thin client for one Azure table over Azure.Core's <see cref="HttpPipeline"/> (retries,
/// timeouts, authentication), shaped like Azure.Data.Tables' <c>TableClient</c> so the real
/// package can replace it once it restores. Failures surface as <see cref="RequestFailedException"/>.
/// </summary>
public sealed class TableClient
{
    private const string JsonNoMetadata = "application/json;odata=nometadata";
    private const string JsonMinimalMetadata = "application/json;odata=minimalmetadata";

    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;

    public TableClient(TableConnectionString connection, string tableName, TableClientOptions? options = null, TokenCredential? credential = null)
    {
        Name = tableName;
        _endpoint = connection.Endpoint;
        HttpPipelinePolicy authentication = connection.AccountKey is { } key
            ? new TableSharedKeyPolicy(connection.AccountName!, key)
            : new BearerTokenAuthenticationPolicy(credential ?? new DefaultAzureCredential(), "https://storage.azure.com/.default");
        _pipeline = HttpPipelineBuilder.Build(options ?? new TableClientOptions(), authentication);
        Batch = new TableBatch(_endpoint, tableName);
    }

    public string Name { get; }

    private TableBatch Batch { get; }

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = Message(RequestMethod.Post, "Tables", JsonNoMetadata);
        message.Request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = Name }));
        message.Request.Headers.SetValue("Content-Type", "application/json");
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        var response = await SendAsync(message, cancellationToken);
        if (response.Status is not (201 or 204 or 409))
        {
            throw new RequestFailedException(response);
        }
    }

    /// <summary>Inserts a new entity; a 409 <see cref="RequestFailedException"/> when its keys are taken. Returns the new ETag.</summary>
    public async Task<string?> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        using var message = Message(RequestMethod.Post, Name, JsonNoMetadata);
        SetBody(message, entity);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        var response = await SendAsync(message, cancellationToken);
        return response.Status == 204 ? Header(response, "ETag") : throw new RequestFailedException(response);
    }

    /// <summary>The entity with these keys, or null when there is none.</summary>
    public async Task<TableEntity?> GetEntityIfExistsAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        using var message = Message(RequestMethod.Get, EntityPath(partitionKey, rowKey), JsonMinimalMetadata);
        var response = await SendAsync(message, cancellationToken);
        if (response.Status == 404)
        {
            return null;
        }

        if (response.Status != 200)
        {
            throw new RequestFailedException(response);
        }

        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var entity = TableEntityJson.Deserialize(json.RootElement);
        entity.ETag = Header(response, "ETag") ?? entity.ETag;
        return entity;
    }

    /// <summary>The entities matching an OData filter (null for all), page by page as the service returns them.</summary>
    public async IAsyncEnumerable<TablePage> QueryAsync(string? filter, int maxPerPage = 1000, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? continuation = null;
        do
        {
            var page = await QueryPageAsync(filter, maxPerPage, continuation, cancellationToken);
            continuation = page.ContinuationToken;
            yield return page;
        }
        while (continuation is not null);
    }

    /// <summary>One page of a query; pass the previous page's continuation token to get the next.</summary>
    public async Task<TablePage> QueryPageAsync(string? filter, int maxPerPage, string? continuationToken, CancellationToken cancellationToken = default)
    {
        var query = new StringBuilder($"$top={maxPerPage}");
        if (filter is not null)
        {
            query.Append("&$filter=").Append(Uri.EscapeDataString(filter));
        }

        if (continuationToken is not null)
        {
            var (partition, row) = SplitContinuation(continuationToken);
            query.Append("&NextPartitionKey=").Append(Uri.EscapeDataString(partition));
            if (row.Length > 0)
            {
                query.Append("&NextRowKey=").Append(Uri.EscapeDataString(row));
            }
        }

        using var message = Message(RequestMethod.Get, Name + "()", JsonMinimalMetadata, query.ToString());
        var response = await SendAsync(message, cancellationToken);
        if (response.Status != 200)
        {
            throw new RequestFailedException(response);
        }

        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var values = json.RootElement.GetProperty("value").EnumerateArray().Select(TableEntityJson.Deserialize).ToList();
        var nextPartition = Header(response, "x-ms-continuation-NextPartitionKey");
        var next = nextPartition is null ? null : nextPartition + " " + Header(response, "x-ms-continuation-NextRowKey");
        return new TablePage(values, next);
    }

    /// <summary>Replaces the entity if its stored version still has <paramref name="ifMatch"/> ("*" for any); returns the new ETag.</summary>
    public async Task<string?> UpdateEntityAsync(TableEntity entity, string ifMatch, CancellationToken cancellationToken = default)
    {
        using var message = Message(RequestMethod.Put, EntityPath(entity.PartitionKey, entity.RowKey), JsonNoMetadata);
        SetBody(message, entity);
        message.Request.Headers.SetValue("If-Match", ifMatch);
        var response = await SendAsync(message, cancellationToken);
        return response.Status == 204 ? Header(response, "ETag") : throw new RequestFailedException(response);
    }

    public async Task DeleteEntityAsync(string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default)
    {
        using var message = Message(RequestMethod.Delete, EntityPath(partitionKey, rowKey), JsonNoMetadata);
        message.Request.Headers.SetValue("If-Match", ifMatch);
        var response = await SendAsync(message, cancellationToken);
        if (response.Status != 204)
        {
            throw new RequestFailedException(response);
        }
    }

    /// <summary>
    /// Runs the actions as one entity group transaction (same partition, at most 100): all of them
    /// happen or none. A failure is a <see cref="RequestFailedException"/> with the failing action's status.
    /// </summary>
    public async Task SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        using var message = Message(RequestMethod.Post, "$batch", JsonMinimalMetadata);
        var (contentType, body) = Batch.Build(actions);
        message.Request.Headers.SetValue("Content-Type", contentType);
        message.Request.Content = RequestContent.Create(body);
        var response = await SendAsync(message, cancellationToken);
        if (response.Status != 202)
        {
            throw new RequestFailedException(response);
        }

        if (TableBatch.FirstFailure(response.Content.ToString()) is { } failure)
        {
            throw new RequestFailedException(failure.Status, $"the transaction failed at action {failure.Index} with status {failure.Status}");
        }
    }

    private HttpMessage Message(RequestMethod method, string path, string accept, string? query = null)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(new Uri(_endpoint, path + (query is null ? "" : "?" + query)));
        message.Request.Headers.SetValue("Accept", accept);
        message.Request.Headers.SetValue("x-ms-version", TableClientOptions.ServiceVersion);
        message.Request.Headers.SetValue("DataServiceVersion", "3.0");
        message.Request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        return message;
    }

    private static void SetBody(HttpMessage message, TableEntity entity)
    {
        message.Request.Headers.SetValue("Content-Type", "application/json");
        message.Request.Content = RequestContent.Create(TableEntityJson.Serialize(entity));
    }

    private async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await _pipeline.SendAsync(message, cancellationToken);
        return message.Response;
    }

    internal static string EntityPath(string table, string partitionKey, string rowKey) =>
        $"{table}(PartitionKey='{EscapeKey(partitionKey)}',RowKey='{EscapeKey(rowKey)}')";

    private string EntityPath(string partitionKey, string rowKey) => EntityPath(Name, partitionKey, rowKey);

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    private static string? Header(Response response, string name) => response.Headers.TryGetValue(name, out var value) ? value : null;

    private static (string Partition, string Row) SplitContinuation(string token)
    {
        var space = token.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (token, "") : (token[..space], token[(space + 1)..]);
    }
}
