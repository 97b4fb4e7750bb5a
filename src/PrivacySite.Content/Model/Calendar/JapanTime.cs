namespace PrivacySite.Content.Model.Calendar;

/// <summary>
/// The society's clock: Japan Standard Time, UTC+9 all year (Japan keeps no daylight saving time),
/// so its day starts at 15:00 UTC.
/// </summary>
public static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateTimeOffset From(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The date in Japan at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(From(instant).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The instant a day starts in Japan (midnight JST).</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);
}
