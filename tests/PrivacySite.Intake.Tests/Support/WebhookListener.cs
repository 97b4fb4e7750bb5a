using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PrivacySite.Intake.Tests.Support;

/// <summary>
/// A local stand-in for a Teams or Slack incoming webhook: a real Kestrel listener on a loopback
/// port that records every post and answers with the status <c>answer</c> returns for the n-th post (1-based).
/// </summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string ContentType, string Body)> _posts = new();
    private int _count;
    private int _answered;

    private WebhookListener(Func<int, Task<int>> answer)
    {
        var port = FreePort.Next();
        Url = $"http://127.0.0.1:{port}/services/T000/B000/hook";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/services/T000/B000/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            _posts.Enqueue((context.Request.ContentType ?? "", await reader.ReadToEndAsync()));
            var status = await answer(Interlocked.Increment(ref _count));
            Interlocked.Increment(ref _answered);
            return Results.StatusCode(status);
        });
    }

    public string Url { get; }

    public IReadOnlyList<(string ContentType, string Body)> Posts => [.. _posts];

    /// <summary>How many posts have been answered so far.</summary>
    public int Answered => Volatile.Read(ref _answered);

    public static async Task<WebhookListener> StartAsync(Func<int, Task<int>> answer)
    {
        var listener = new WebhookListener(answer);
        await listener._app.StartAsync();
        return listener;
    }

    public static Task<WebhookListener> StartAsync(Func<int, int> answer) => StartAsync(n => Task.FromResult(answer(n)));

    /// <summary>Waits (up to 30 s) until at least <paramref name="count"/> posts arrived.</summary>
    public async Task WaitForPostsAsync(int count)
    {
        for (var i = 0; i < 300 && _posts.Count < count; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(_posts.Count >= count, $"the webhook received {_posts.Count} post(s), expected {count}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
