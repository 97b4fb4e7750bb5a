using System.Net;
using Microsoft.AspNetCore.Http;

namespace PrivacySite.Intake.Http;

/// <summary>Who a request comes from, for the per-client rate limit: the peer address, or the forwarded one behind a trusted host.</summary>
internal static class ClientPartition
{
    public static string Key(HttpContext context, bool trustForwardedFor)
    {
        if (trustForwardedFor
            && context.Request.Headers["X-Forwarded-For"].ToString().Split(',')[0].Trim() is { Length: > 0 } forwarded
            && IPAddress.TryParse(StripPort(forwarded), out var address))
        {
            return address.ToString();
        }

        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    // Azure's front ends forward "ip:port"; IPv6 addresses come bracketed when a port follows.
    private static string StripPort(string value) =>
        value.StartsWith('[') ? value[1..value.IndexOf(']')]
        : value.Count(c => c == ':') == 1 ? value[..value.IndexOf(':')]
        : value;
}
