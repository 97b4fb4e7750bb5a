using System.Globalization;

namespace PrivacySite.Intake.Benchmarks;

/// <summary>What one load phase measured: completed operations, failures, rate and latency percentiles.</summary>
internal sealed record LoadResult(string Name, int Completed, int Failed, TimeSpan Elapsed, double[] LatenciesMs)
{
    public double PerSecond => Completed / Elapsed.TotalSeconds;

    /// <summary>Where the CPU went, when the phase was measured with a <see cref="CpuMeter"/>.</summary>
    public string? Cpu { get; init; }

    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-44} {PerSecond,8:0.0}/s  p50 {Percentile(50),7:0.0} ms  p99 {Percentile(99),7:0.0} ms  ok {Completed,6}  failed {Failed}{(Cpu is null ? "" : "\n    " + Cpu)}");
}
