namespace PrivacySite.Intake.Outbox;

/// <summary>Wakes the dispatcher at once when a change has just stored messages, rather than at its next round.</summary>
internal sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Kick()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one wake-up covers every message stored before it runs.
        }
    }

    /// <summary>Waits until kicked or until <paramref name="timeout"/> has passed.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
