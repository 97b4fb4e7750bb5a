using System.Net.Http.Headers;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Notifications;

/// <summary>
/// Posts the office's announcement of a new inquiry to the webhook, for the outbox dispatcher. A
/// failure (no answer, 408, 429, 5xx) is worth another try; a refusal (other 4xx) is not, since
/// repeating it cannot help. The webhook's address is a secret and is never in a result.
/// </summary>
internal sealed class WebhookSender(WebhookOptions options) : IMessageSender, IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = TimeSpan.FromSeconds(15),
    };

    public OutboxChannel Channel => OutboxChannel.Webhook;

    public RetryPolicy Retry { get; } = new(options.MaxAttempts, TimeSpan.FromSeconds(options.RetryDelaySeconds));

    public async Task<SendResult> SendAsync(OutboxMessage message, InquiryRecord inquiry, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(WebhookMessage.Json(new NewInquiryAnnouncement(inquiry.Kind, inquiry.Reference, inquiry.DueOn)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        int status;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, options.Url) { Content = content };

            // The outbox message's id stays the same over every attempt: a receiver that keeps it can drop a repeat.
            request.Headers.Add("Idempotency-Key", message.Id);
            using var response = await _http.SendAsync(request, cancellationToken);
            status = (int)response.StatusCode;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever went wrong (no answer, time-out, a broken connection), it is a failed try:
            // a background announcement must never stop the service that takes submissions.
            status = 0;
        }

        var detail = $"status {status}";
        return status switch
        {
            >= 200 and < 300 => SendResult.Sent(detail),
            >= 400 and < 500 and not (408 or 429) => SendResult.Refused(detail),
            _ => SendResult.Failed(detail),
        };
    }

    public void Dispose() => _http.Dispose();
}
