namespace PrivacySite.Benchmarks;

/// <summary>The machine's load when a figure was taken: on a shared machine it says how much the figure can be trusted.</summary>
internal static class LoadAverage
{
    private const string Source = "/proc/loadavg";

    /// <returns>", load average 1.20 0.80 0.50" (1, 5 and 15 minutes) where the system tells it, otherwise empty.</returns>
    public static string Describe() =>
        File.Exists(Source) && File.ReadAllText(Source).Split(' ') is [var one, var five, var fifteen, ..]
            ? $", load average {one} {five} {fifteen}"
            : "";
}
