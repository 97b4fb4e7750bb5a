using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PrivacySite.Inquiries.Storage.Tables.Client;

/// <summary>
/// Writes and reads the multipart body of an entity group transaction ($batch): one changeset
/// holding an HTTP request per action; the answer holds an HTTP response per action, or one for the failing action.
/// </summary>
internal sealed partial class TableBatch(Uri endpoint, string table)
{
    private readonly string _tableUri = new Uri(endpoint, table).AbsoluteUri;

    /// <summary>The body, written once as UTF-8: the entities' JSON goes straight in, never through a string.</summary>
    public (string ContentType, ReadOnlyMemory<byte> Body) Build(IReadOnlyList<TableTransactionAction> actions)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("D");
        var changeset = "changeset_" + Guid.NewGuid().ToString("D");
        var body = new ArrayBufferWriter<byte>(4096);
        Text(body, $"--{batch}\r\nContent-Type: multipart/mixed; boundary={changeset}\r\n\r\n");

        foreach (var action in actions)
        {
            var entity = action.Entity;
            var (method, uri) = action.ActionType switch
            {
                TableTransactionActionType.Add => ("POST", _tableUri),
                TableTransactionActionType.UpdateReplace => ("PUT", EntityUri(entity)),
                _ => ("DELETE", EntityUri(entity)),
            };
            Text(body, $"--{changeset}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            Text(body, $"{method} {uri} HTTP/1.1\r\nAccept: application/json;odata=minimalmetadata\r\nDataServiceVersion: 3.0\r\n");
            if (action.ActionType != TableTransactionActionType.Add)
            {
                Text(body, $"If-Match: {action.ETag ?? "*"}\r\n");
            }

            if (action.ActionType == TableTransactionActionType.Delete)
            {
                Text(body, "\r\n");
            }
            else
            {
                Text(body, "Content-Type: application/json\r\nPrefer: return-no-content\r\n\r\n");
                TableEntityJson.Write(body, entity);
                Text(body, "\r\n");
            }
        }

        Text(body, $"--{changeset}--\r\n--{batch}--\r\n");
        return ("multipart/mixed; boundary=" + batch, body.WrittenMemory);
    }

    /// <summary>The first failed response of a transaction's answer, with the action index the service reports ("2:…").</summary>
    public static (int Status, int Index)? FirstFailure(string responseBody)
    {
        foreach (Match status in StatusLine().Matches(responseBody))
        {
            var code = int.Parse(status.Groups[1].Value, CultureInfo.InvariantCulture);
            if (code >= 400)
            {
                var index = FailedIndex().Match(responseBody, status.Index);
                return (code, index.Success ? int.Parse(index.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
            }
        }

        return null;
    }

    private string EntityUri(TableEntity entity) => new Uri(endpoint, TableClient.EntityPath(table, entity.PartitionKey, entity.RowKey)).AbsoluteUri;

    private static void Text(IBufferWriter<byte> body, string text) => Encoding.UTF8.GetBytes(text, body);

    [GeneratedRegex(@"HTTP/1\.1 (\d{3})", RegexOptions.CultureInvariant)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"""value""\s*:\s*""(\d+):", RegexOptions.CultureInvariant)]
    private static partial Regex FailedIndex();
}
