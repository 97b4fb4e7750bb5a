using System.Diagnostics;
using System.Globalization;
using PrivacySite.Site;

namespace PrivacySite.Benchmarks;

/// <summary>Times full builds of synthetic content: one warm-up, then several measured runs.</summary>
public static class BuildBenchmark
{
    public static async Task<int> RunAsync(string repoRoot, int pagesPerLanguage, int runs)
    {
        // Under the repository, like a real build's output/ (this machine's /tmp is several times slower).
        var work = Path.Combine(repoRoot, "artifacts", "benchmarks", Guid.NewGuid().ToString("N"));
        try
        {
            var content = Path.Combine(work, "content");
            SyntheticContent.Create(Path.Combine(repoRoot, "content"), content, pagesPerLanguage);
            var options = new BuildOptions(content, Path.Combine(work, "output"), Path.Combine(repoRoot, "theme", "PrivacySite.Theme", "assets"));

            var warmUp = await SiteBuilder.BuildAsync(options);
            if (!warmUp.Succeeded)
            {
                Console.Error.WriteLine(string.Join("\n", warmUp.Diagnostics.Select(d => d.Format())));
                return 1;
            }

            var pages = warmUp.PagesPerLanguage.Values.Sum();
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var clock = Stopwatch.StartNew();
                var result = await SiteBuilder.BuildAsync(options, new Progress<string>(m => Console.WriteLine($"  {m} @ {clock.ElapsedMilliseconds} ms")));
                clock.Stop();
                if (!result.Succeeded)
                {
                    return 1;
                }

                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var median = times[times.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"build: {pagesPerLanguage} pages/language ({pages} pages), {runs} runs: median {median:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms, {median * 1000 / pages:0.0} µs/page"));
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
