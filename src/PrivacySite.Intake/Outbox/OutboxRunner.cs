using Microsoft.Extensions.Logging;
using PrivacySite.Inquiries.Outbox;
using PrivacySite.Intake.Http;

namespace PrivacySite.Intake.Outbox;

/// <summary>One pass of the dispatcher with a log line per attempt (reference, message, outcome; never an address).</summary>
internal sealed class OutboxRunner(OutboxDispatcher dispatcher, ILogger<OutboxRunner> logger)
{
    public async Task<IReadOnlyList<Dispatched>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var done = await dispatcher.RunOnceAsync(cancellationToken);
        foreach (var (message, result) in done)
        {
            var reference = message.Reference.Value;
            switch (message.State)
            {
                case OutboxState.Sent:
                    IntakeLog.MessageSent(logger, message.Channel.Name(), message.Template, reference, message.Attempts, result.Detail);
                    break;
                case OutboxState.Pending:
                    IntakeLog.MessageRetrying(logger, message.Channel.Name(), message.Template, reference, message.Attempts, result.Detail);
                    break;
                default:
                    IntakeLog.MessageGaveUp(logger, message.Channel.Name(), message.Template, reference, message.Attempts, result.Detail);
                    break;
            }
        }

        return done;
    }
}
