namespace PrivacySite.BrowserTests.Support;

/// <summary>Where the real checkers live: the repository's npm tools, the machine's Chromium.</summary>
public static class ToolPaths
{
    public static string AxeScript => RepoPaths.TestTool("axe-core", "axe.min.js");

    public static string VnuJar => RepoPaths.TestTool("vnu-jar", "build", "dist", "vnu.jar");

    public static string Chromium => RepoPaths.Installed(Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium");

    /// <summary>Screenshots of each page and state, kept as test output.</summary>
    public static string Screenshots
    {
        get
        {
            var folder = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
