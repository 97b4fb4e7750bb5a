namespace PrivacySite.Testing;

/// <summary>A clock stopped at one instant, so date checks give the same answer on every run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Noon in Japan on 2025-06-01, after every date in the sample content.</summary>
    public static FixedClock SampleToday { get; } = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.FromHours(9)));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
