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
    public (string ContentType, byte[] Body) Build(IReadOnlyList<TableTransactionAction> actions)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("D");
        var changeset = "changeset_" + Guid.NewGuid().ToString("D");
        var body = new StringBuilder();
        body.Append("--").Append(batch).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append("\r\n\r\n");

        foreach (var action in actions)
        {
            body.Append("--").Append(changeset).Append("\r\n")
                .Append("Content-Type: application/http\r\n")
                .Append("Content-Transfer-Encoding: binary\r\n\r\n");
            var entity = action.Entity;
            var (method, path) = action.ActionType switch
            {
                TableTransactionActionType.Add => ("POST", table),
                TableTransactionActionType.UpdateReplace => ("PUT", TableClient.EntityPath(table, entity.PartitionKey, entity.RowKey)),
                _ => ("DELETE", TableClient.EntityPath(table, entity.PartitionKey, entity.RowKey)),
            };
            body.Append(method).Append(' ').Append(new Uri(endpoint, path).AbsoluteUri).Append(" HTTP/1.1\r\n")
                .Append("Accept: application/json;odata=minimalmetadata\r\n")
                .Append("DataServiceVersion: 3.0\r\n");
            if (action.ActionType != TableTransactionActionType.Add)
            {
                body.Append("If-Match: ").Append(action.ETag ?? "*").Append("\r\n");
            }

            if (action.ActionType == TableTransactionActionType.Delete)
            {
                body.Append("\r\n");
            }
            else
            {
                body.Append("Content-Type: application/json\r\n")
                    .Append("Prefer: return-no-content\r\n\r\n")
                    .Append(Encoding.UTF8.GetString(TableEntityJson.Serialize(entity))).Append("\r\n");
            }
        }

        body.Append("--").Append(changeset).Append("--\r\n")
            .Append("--").Append(batch).Append("--\r\n");
        return ("multipart/mixed; boundary=" + batch, Encoding.UTF8.GetBytes(body.ToString()));
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

    [GeneratedRegex(@"HTTP/1\.1 (\d{3})", RegexOptions.CultureInvariant)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"""value""\s*:\s*""(\d+):", RegexOptions.CultureInvariant)]
    private static partial Regex FailedIndex();
}
