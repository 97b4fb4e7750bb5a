using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace PrivacySite.Inquiries.Storage.Tables.Client;

/// <summary>
/// Signs each request (each retry too, so the date stays fresh) with the account key, as the Table
/// service's Shared Key scheme asks: verb, Content-MD5, Content-Type, date and the canonical resource.
/// </summary>
internal sealed class TableSharedKeyPolicy(string accountName, string accountKey) : HttpPipelineSynchronousPolicy
{
    private readonly byte[] _key = Convert.FromBase64String(accountKey);

    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var date = DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture);
        request.Headers.SetValue("x-ms-date", date);
        request.Headers.TryGetValue("Content-MD5", out var md5);
        request.Headers.TryGetValue("Content-Type", out var contentType);

        // The canonical resource would also carry a "comp" parameter, which no request of this client has.
        var resource = "/" + accountName + request.Uri.ToUri().AbsolutePath;
        var toSign = string.Join('\n', request.Method.Method.ToUpperInvariant(), md5 ?? "", contentType ?? "", date, resource);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(toSign)));
        request.Headers.SetValue("Authorization", $"SharedKey {accountName}:{signature}");
    }
}
