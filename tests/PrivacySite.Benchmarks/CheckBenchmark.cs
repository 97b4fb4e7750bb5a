using System.Diagnostics;
using System.Globalization;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Site;
using PrivacySite.Testing;

namespace PrivacySite.Benchmarks;

/// <summary>Times `check` (load and validate, nothing written) on the sample content and on synthetic content.</summary>
public static class CheckBenchmark
{
    public static int Run(string repoRoot, int pagesPerLanguage, int runs)
    {
        var sample = RepoPaths.SampleSociety;
        var work = Path.Combine(repoRoot, "artifacts", "benchmarks", Guid.NewGuid().ToString("N"));
        try
        {
            var synthetic = Path.Combine(work, "content");
            SyntheticContent.Create(sample, synthetic, pagesPerLanguage);
            return Measure("sample", sample, runs) && Measure($"{pagesPerLanguage} pages/language", synthetic, runs) ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static bool Measure(string label, string content, int runs)
    {
        if (Check(content) is { Count: > 0 } findings)
        {
            Console.Error.WriteLine(string.Join("\n", findings.Select(d => d.Format())));
            return false;
        }

        var times = new List<double>();
        var loading = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            Check(content);
            times.Add(clock.Elapsed.TotalMilliseconds);

            // The load stage alone, to show what the checks themselves add.
            clock.Restart();
            ContentLoader.Load(content, new DiagnosticBag());
            loading.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        loading.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"check, {label}: {runs} runs after a warm-up: median {times[times.Count / 2]:0.0} ms (loading alone {loading[loading.Count / 2]:0.0} ms), min {times[0]:0.0} ms, max {times[^1]:0.0} ms{LoadAverage.Describe()}"));
        return true;
    }

    private static IReadOnlyList<Diagnostic> Check(string content)
    {
        var diagnostics = new DiagnosticBag();
        ContentChecks.Run(content, diagnostics);
        return diagnostics.ToList();
    }
}
