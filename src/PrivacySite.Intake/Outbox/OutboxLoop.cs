using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Hosting;
using PrivacySite.Intake.Http;

namespace PrivacySite.Intake.Outbox;

/// <summary>
/// Runs the outbox dispatcher inside the service (and <c>serve</c>): at once when a submission stored
/// messages, when a retry falls due, and every <see cref="OutboxOptions.PollSeconds"/> for what other
/// processes stored (the desk's command). In a Function App the timer function does the same
/// (<see cref="Endpoints.OutboxTimerEndpoint"/>); claims keep the two from sending a message twice.
/// </summary>
internal sealed class OutboxLoop(OutboxRunner runner, OutboxSignal signal, OutboxOptions options, TimeProvider clock, ILogger<OutboxLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = poll;
            try
            {
                var done = await runner.RunOnceAsync(stoppingToken);
                var soonest = done.Select(d => d.Message.NextAttemptAt).OfType<DateTimeOffset>().DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
                if (soonest != DateTimeOffset.MaxValue)
                {
                    var untilRetry = soonest - clock.GetUtcNow();
                    wait = untilRetry < TimeSpan.Zero ? TimeSpan.Zero : untilRetry < poll ? untilRetry : poll;
                }
            }
            catch (InquiryStoreUnavailableException e)
            {
                IntakeLog.OutboxStoreUnavailable(logger, e.Message);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
