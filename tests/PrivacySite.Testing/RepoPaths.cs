namespace PrivacySite.Testing;

/// <summary>Finds the repository the tests run from, so they use the real sample content, theme and npm test tools.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string ThemeAssets => Path.Combine(Root, "theme", "PrivacySite.Theme", "assets");

    /// <summary>A file under tests/tools/node_modules.</summary>
    public static string TestTool(params string[] parts) => Installed(Path.Combine([Root, "tests", "tools", "node_modules", .. parts]));

    /// <summary>The path of a file scripts/install-test-deps.sh installs; says to run it when the file is missing.</summary>
    public static string Installed(string path) => File.Exists(path)
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
