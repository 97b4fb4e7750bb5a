using System.Diagnostics;
using System.Globalization;
using PrivacySite.Site;
using PrivacySite.Testing;

namespace PrivacySite.Benchmarks;

/// <summary>
/// Times full builds of synthetic content: rebuilds over an existing output, as an editor's
/// repeated builds and serve do, then builds into an empty folder, as a fresh checkout does.
/// </summary>
public static class BuildBenchmark
{
    public static async Task<int> RunAsync(string repoRoot, int pagesPerLanguage, int runs)
    {
        // Under the repository, like a real build's output/ (this machine's /tmp is several times slower).
        var work = Path.Combine(repoRoot, "artifacts", "benchmarks", Guid.NewGuid().ToString("N"));
        try
        {
            var content = Path.Combine(work, "content");
            SyntheticContent.Create(RepoPaths.SampleSociety, content, pagesPerLanguage);
            var options = new BuildOptions(content, Path.Combine(work, "output"), Path.Combine(repoRoot, "theme", "PrivacySite.Theme", "assets"));

            // The first warm-up compiles the code; the second leaves the site it replaces for the next build to reuse, as every rebuild finds it.
            BuildResult? warmUp = null;
            for (var i = 0; i < 2; i++)
            {
                warmUp = await SiteBuilder.BuildAsync(options);
                if (!warmUp.Succeeded)
                {
                    Console.Error.WriteLine(string.Join("\n", warmUp.Diagnostics.Select(d => d.Format())));
                    return 1;
                }
            }

            var pages = warmUp!.PagesPerLanguage.Values.Sum();
            var rebuilds = await TimeAsync(runs, _ => options, showProgress: true);
            var clean = await TimeAsync(runs, run => options with { OutputRoot = Path.Combine(work, $"empty-{run}") }, showProgress: false);
            if (rebuilds is null || clean is null)
            {
                return 1;
            }

            Report("rebuild", pagesPerLanguage, pages, rebuilds);
            Report("into an empty folder", pagesPerLanguage, pages, clean);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <returns>The sorted times in milliseconds, or null when a build failed.</returns>
    private static async Task<List<double>?> TimeAsync(int runs, Func<int, BuildOptions> options, bool showProgress)
    {
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var progress = showProgress ? new Progress<string>(m => Console.WriteLine($"  {m} @ {clock.ElapsedMilliseconds} ms")) : null;
            var result = await SiteBuilder.BuildAsync(options(run), progress);
            clock.Stop();
            if (!result.Succeeded)
            {
                return null;
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times;
    }

    private static void Report(string label, int pagesPerLanguage, int pages, List<double> times)
    {
        var median = times[times.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"build, {label}: {pagesPerLanguage} pages/language ({pages} pages), {times.Count} runs: median {median:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms, {median * 1000 / pages:0.0} µs/page{LoadAverage.Describe()}"));
    }
}
