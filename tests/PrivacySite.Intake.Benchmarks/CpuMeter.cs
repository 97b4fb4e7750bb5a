using System.Globalization;

namespace PrivacySite.Intake.Benchmarks;

/// <summary>
/// CPU time each process of the run (this harness, Azurite, the service) spent per completed
/// operation during a phase: on a small shared machine, where the time goes explains the rates.
/// </summary>
internal sealed class CpuMeter(IReadOnlyList<(string Name, Func<TimeSpan> Used)> processes)
{
    private static readonly System.Diagnostics.Process Own = System.Diagnostics.Process.GetCurrentProcess();

    /// <summary>This harness: the load generator, and in the raw phases also the table client.</summary>
    public static (string Name, Func<TimeSpan> Used) Harness { get; } = ("harness", () =>
    {
        Own.Refresh();
        return Own.TotalProcessorTime;
    });

    public async Task<LoadResult> MeasureAsync(Func<Task<LoadResult>> phase)
    {
        var before = processes.Select(p => p.Used()).ToArray();
        var result = await phase();
        var perOperation = processes.Select((p, i) => string.Create(CultureInfo.InvariantCulture,
            $"{p.Name} {(p.Used() - before[i]).TotalMilliseconds / Math.Max(1, result.Completed):0.00}"));
        return result with { Cpu = "CPU ms/op: " + string.Join(", ", perOperation) };
    }
}
