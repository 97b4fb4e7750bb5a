namespace PrivacySite.Inquiries.Outbox;

/// <summary>How hard to try one channel: <see cref="MaxAttempts"/> sends, <see cref="FirstPause"/> after the first failure, doubling, at most five minutes.</summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan FirstPause)
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(5);

    /// <summary>The pause after failed attempt number <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan PauseAfter(int attempt)
    {
        var pause = FirstPause;
        for (var i = 1; i < attempt && pause < LongestPause; i++)
        {
            pause *= 2;
        }

        return pause < LongestPause ? pause : LongestPause;
    }
}
