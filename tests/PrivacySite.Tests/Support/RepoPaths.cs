namespace PrivacySite.Tests.Support;

/// <summary>Finds the repository the tests run from, so they use the real sample content and theme.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string ThemeAssets => Path.Combine(Root, "theme", "PrivacySite.Theme", "assets");

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
