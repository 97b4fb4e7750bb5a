namespace PrivacySite.Testing;

/// <summary>
/// Finds the repository the tests run from, for its theme, scripts and npm test tools, and the fixture
/// societies under tests/fixtures/societies. Tests never read the live content/: a society replaces it
/// with its own and the suite still passes.
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The full sample society the tests read (tests/fixtures/societies/sample), whose facts they may assert.</summary>
    public static string SampleSociety => Society("sample");

    /// <summary>A fixture society's content folder, by its folder name under tests/fixtures/societies.</summary>
    public static string Society(string name) => Path.Combine(Root, "tests", "fixtures", "societies", name);

    /// <summary>The names of every fixture society, for the tests that must hold for any society's content.</summary>
    public static IReadOnlyList<string> Societies { get; } =
        [.. Directory.GetDirectories(Path.Combine(Root, "tests", "fixtures", "societies")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

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
