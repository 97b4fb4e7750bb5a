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

        foreach (var command in commands)
        {
            var (exit, stdout, stderr) = await CliProcess.RunAsync(repo.Root, command);
            if (exit != 0)
            {
                Console.Error.WriteLine($"privacysite {string.Join(' ', command)} failed ({exit}):\n{stdout}{stderr}");
                return 1;
            }
        }

        // The commands take turns in each round, so a shared machine's changing load falls on all of them alike.
        var times = commands.Select(_ => new List<double>()).ToList();
        for (var i = 0; i < runs; i++)
        {
            for (var c = 0; c < commands.Length; c++)
            {
                var clock = Stopwatch.StartNew();
                await CliProcess.RunAsync(repo.Root, commands[c]);
                times[c].Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var medians = new List<double>();
        for (var c = 0; c < commands.Length; c++)
        {
            times[c].Sort();
            var median = times[c][times[c].Count / 2];
            medians.Add(median);
            var extra = c == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", {median - medians[0]:+0;-0} ms against check alone");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"privacysite {string.Join(' ', commands[c])}: median of {runs} {median:0} ms (min {times[c][0]:0}, max {times[c][^1]:0}){extra}{LoadAverage.Describe()}"));
        }

        return medians.Skip(1).All(m => m - medians[0] < 1000) ? 0 : 1;
    }
}
