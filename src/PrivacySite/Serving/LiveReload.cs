using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace PrivacySite.Cli.Serving;

/// <summary>
/// Tells open pages to reload after a rebuild, over server-sent events. Only `serve` adds
/// the script; built sites carry no JavaScript for it.
/// </summary>
public sealed class LiveReload
{
    public const string ScriptPath = "/__serve/reload.js";
    public const string EventsPath = "/__serve/events";

    public const string Script = $$"""
        new EventSource("{{EventsPath}}").addEventListener("reload", function () { location.reload(); });
        """;

    private readonly List<Channel<string>> _clients = [];

    public static string Inject(string html) =>
        html.Replace("</body>", $"<script src=\"{ScriptPath}\" defer></script>\n</body>", StringComparison.Ordinal);

    public void NotifyAll()
    {
        lock (_clients)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryWrite("reload");
            }
        }
    }

    public async Task StreamAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateBounded<string>(1);
        lock (_clients)
        {
            _clients.Add(channel);
        }

        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"event: {message}\ndata: {message}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or navigated away.
        }
        finally
        {
            lock (_clients)
            {
                _clients.Remove(channel);
            }
        }
    }
}
