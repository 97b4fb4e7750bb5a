using System.Diagnostics;
using System.Globalization;
using PrivacySite.Testing;

namespace PrivacySite.Benchmarks;

/// <summary>
/// Times `check`, `check --base` and `diff` as an editor or CI runs them (the Release CLI as a
/// process) on the sample content committed to a throwaway repository with one change on top,
/// and prints what comparing with the base adds to `check` alone.
/// </summary>
public static class HistoryBenchmark
{
    public static async Task<int> RunAsync(int runs)
    {
        using var repo = RevisedNoticeSample.Create();
        string[][] commands =
        [
            ["check", "--content", "content"],
            ["check", "--content", "content", "--base", "HEAD~1"],
            ["diff", "--content", "content", "--base", "HEAD~1"],
        ];

        var medians = new List<double>();
        foreach (var command in commands)
        {
            var (exit, stdout, stderr) = await CliProcess.RunAsync(repo.Root, command);
            if (exit != 0)
            {
                Console.Error.WriteLine($"privacysite {string.Join(' ', command)} failed ({exit}):\n{stdout}{stderr}");
                return 1;
            }

            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var clock = Stopwatch.StartNew();
                await CliProcess.RunAsync(repo.Root, command);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var median = times[times.Count / 2];
            medians.Add(median);
            var extra = medians.Count == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $", {median - medians[0]:+0;-0} ms against check alone");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"privacysite {string.Join(' ', command)}: median of {runs} {median:0} ms (min {times[0]:0}, max {times[^1]:0}){extra}{LoadAverage.Describe()}"));
        }

        return medians.Skip(1).All(m => m - medians[0] < 1000) ? 0 : 1;
    }
}
