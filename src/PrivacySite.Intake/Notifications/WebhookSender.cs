using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PrivacySite.Intake.Hosting;
using PrivacySite.Intake.Http;

namespace PrivacySite.Intake.Notifications;

/// <summary>
/// Posts queued announcements to the webhook in the background, a few at a time. A failure (no answer,
/// 408, 429, 5xx) is retried with growing pauses; a refusal (other 4xx) is not, since repeating it
/// cannot help. The webhook's address is a secret and is never logged.
/// </summary>
internal sealed class WebhookSender(NotificationQueue queue, WebhookOptions options, ILogger<WebhookSender> logger) : BackgroundService
{
    private const int Parallelism = 4;
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(5);

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = TimeSpan.FromSeconds(15),
    };

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(
            queue.Reader.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stoppingToken },
            SendAsync);

    private async ValueTask SendAsync(NewInquiryAnnouncement announcement, CancellationToken cancellationToken)
    {
        var pause = TimeSpan.FromSeconds(options.RetryDelaySeconds);
        for (var attempt = 1; ; attempt++)
        {
            var status = await PostAsync(announcement, cancellationToken);
            if (status is >= 200 and < 300)
            {
                IntakeLog.NotificationSent(logger, announcement.Reference.Value, attempt);
                return;
            }

            if (status is >= 400 and < 500 and not (408 or 429))
            {
                IntakeLog.NotificationRefused(logger, announcement.Reference.Value, status);
                return;
            }

            if (attempt >= options.MaxAttempts)
            {
                IntakeLog.NotificationGaveUp(logger, announcement.Reference.Value, attempt, status);
                return;
            }

            IntakeLog.NotificationRetrying(logger, announcement.Reference.Value, attempt, status, pause.TotalSeconds);
            await Task.Delay(pause, cancellationToken);
            pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
        }
    }

    /// <summary>The HTTP status of the post, or 0 when no answer came.</summary>
    private async Task<int> PostAsync(NewInquiryAnnouncement announcement, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(WebhookMessage.Json(announcement));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        try
        {
            using var response = await _http.PostAsync(options.Url, content, cancellationToken);
            return (int)response.StatusCode;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever went wrong (no answer, time-out, a broken connection), it is a failed try:
            // a background announcement must never stop the service that takes submissions.
            return 0;
        }
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }
}
