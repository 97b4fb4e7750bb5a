namespace PrivacySite.BrowserTests.Support;

/// <summary>Where the real components live: the repository, its npm tools, the machine's Chromium.</summary>
public static class ToolPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Content => Path.Combine(RepoRoot, "content");

    public static string ThemeAssets => Path.Combine(RepoRoot, "theme", "PrivacySite.Theme", "assets");

    public static string NodeModules => Path.Combine(RepoRoot, "tests", "tools", "node_modules");

    public static string AxeScript => Require(Path.Combine(NodeModules, "axe-core", "axe.min.js"));

    public static string VnuJar => Require(Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar"));

    public static string Chromium => Require(Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium");

    /// <summary>Screenshots of each page and state, kept as test output.</summary>
    public static string Screenshots
    {
        get
        {
            var folder = Path.Combine(RepoRoot, "artifacts", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string Require(string path) => File.Exists(path)
        ? path
        : throw new FileNotFoundException($"{path} is missing: run `bash scripts/install-test-deps.sh` first.");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PrivacySite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PrivacySite.sln not found above " + AppContext.BaseDirectory);
    }
}
