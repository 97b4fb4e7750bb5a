using PrivacySite.Benchmarks;

// Usage: dotnet run -c Release --project tests/PrivacySite.Benchmarks -- [build|check|history] [--pages N] [--runs R]
var pages = ArgValue("--pages", 2000);
var runs = ArgValue("--runs", 5);
var repoRoot = FindRepoRoot();
var which = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)) ?? "build";

return which switch
{
    "build" => await BuildBenchmark.RunAsync(repoRoot, pages, runs),
    "check" => CheckBenchmark.Run(repoRoot, pages, runs),
    "history" => await HistoryBenchmark.RunAsync(runs),
    _ => Usage(),
};

int ArgValue(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
}

static int Usage()
{
    Console.Error.WriteLine("usage: benchmarks [build|check|history] [--pages N] [--runs R]");
    return 2;
}

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PrivacySite.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository");
}
