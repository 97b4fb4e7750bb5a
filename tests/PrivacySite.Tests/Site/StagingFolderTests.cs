using PrivacySite.Site.Writing;

namespace PrivacySite.Tests.Site;

/// <summary>The write stage reuses the site a commit replaced, yet publishes exactly what this build wrote.</summary>
public sealed class StagingFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Output => _folder.Combine("output");

    [Fact]
    public void The_replaced_site_waits_beside_the_output_and_the_next_build_publishes_only_what_it_wrote()
    {
        Commit(("a/index.html", "first build, a long text that the third build shortens"), ("b/index.html", "b"), ("x/y/z.txt", "z"));
        Commit(("a/index.html", "second"), ("c/index.html", "c"));
        Assert.Equal(Files(("a/index.html", "first build, a long text that the third build shortens"), ("b/index.html", "b"), ("x/y/z.txt", "z")),
            Snapshot(StagingFolder.PreviousOf(Output)));

        // The third build gets the first one's folder: what it does not write again must go.
        Commit(("a/index.html", "third"), ("d/e/index.html", "d"));

        Assert.Equal(Files(("a/index.html", "third"), ("d/e/index.html", "d")), Snapshot(Output));
        Assert.Equal(["a", "d", "d/e"], Folders(Output));
        Assert.Equal(Files(("a/index.html", "second"), ("c/index.html", "c")), Snapshot(StagingFolder.PreviousOf(Output)));
    }

    [Fact]
    public void A_build_that_does_not_commit_leaves_the_output_as_it_was()
    {
        Commit(("a/index.html", "first"));
        Commit(("a/index.html", "second"));

        using (var staging = new StagingFolder(Output))
        {
            staging.WriteText("a/index.html", "never published");
            staging.WriteText("b/index.html", "never published");
        }

        Assert.Equal(Files(("a/index.html", "second")), Snapshot(Output));
        Assert.Equal([Output], Directory.GetDirectories(_folder.Path));
    }

    public void Dispose() => _folder.Dispose();

    private void Commit(params (string Path, string Text)[] files)
    {
        using var staging = new StagingFolder(Output);
        foreach (var (path, text) in files)
        {
            staging.WriteText(path, text);
        }

        staging.Commit();
    }

    private static Dictionary<string, string> Files(params (string Path, string Text)[] files) => files.ToDictionary(f => f.Path, f => f.Text);

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText);

    private static List<string> Folders(string root) =>
        [.. Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(root, d).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
