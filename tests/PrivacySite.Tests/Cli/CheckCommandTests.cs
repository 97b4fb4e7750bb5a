namespace PrivacySite.Tests.Cli;

/// <summary>`privacysite check` as editors and CI run it: output format, languages, annotations, exit codes.</summary>
public sealed class CheckCommandTests
{
    private static readonly Dictionary<string, string?> Local = new() { ["GITHUB_ACTIONS"] = null };
    private static readonly Dictionary<string, string?> GitHub = new() { ["GITHUB_ACTIONS"] = "true" };

    /// <summary>What a check without --base says about the revision rule it could not run.</summary>
    private const string Skipped = "The revision check (PS0607, PS0608) was skipped: give --base REF to compare the content with a commit.";

    /// <summary>The YAML and Markdown files of the sample content, which check counts in its summary.</summary>
    private static readonly int SampleFiles = Directory.EnumerateFiles(RepoPaths.SampleSociety, "*", SearchOption.AllDirectories)
        .Count(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal));

    [Fact]
    public async Task The_sample_content_checks_clean_and_nothing_is_written()
    {
        using var content = new ContentCopy();
        var before = Snapshot(Parent(content));
        var (exit, stdout, stderr) = await CliProcess.RunAsync(Parent(content), Local, "check", "--content", "content", "--warnings-as-errors");

        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal([Skipped, $"Checked {SampleFiles} files: no problems found."], Lines(stdout));
        Assert.Equal(before, Snapshot(Parent(content)));
    }

    [Fact]
    public async Task A_mistake_is_one_compiler_style_line_then_a_count_and_exit_1()
    {
        using var content = new ContentCopy();
        content.Replace("site.yaml", "  representative:", "  representatve:");
        var before = Snapshot(Parent(content));
        var (exit, stdout, stderr) = await CliProcess.RunAsync(Parent(content), Local, "check", "--content", "content");

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                "content/site.yaml:11:3: error PS0102: unknown key 'representatve': did you mean 'representative'?",
                Skipped,
                $"Checked {SampleFiles} files: 1 error(s), 0 warning(s).",
            ],
            Lines(stdout));
        Assert.Empty(stderr);
        Assert.Equal(before, Snapshot(Parent(content)));
    }

    [Fact]
    public async Task Lang_ja_prints_the_messages_and_the_count_in_Japanese()
    {
        using var content = new ContentCopy();
        content.Replace("site.yaml", "\"100-0000\"", "\"100-000\"");
        var (exit, stdout, _) = await CliProcess.RunAsync(Parent(content), Local, "check", "--content", "content", "--lang", "ja");

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                "content/site.yaml:7:16: error PS0401: '100-000' は郵便番号として正しくありません。123-4567 のように 7 桁で書いてください",
                "改定の確認（PS0607、PS0608）は行いませんでした。コミットと比べるには --base REF を指定してください。",
                $"{SampleFiles} 個のファイルを確認しました。エラー 1 件、警告 0 件。",
            ],
            Lines(stdout));
    }

    [Fact]
    public async Task Under_GitHub_Actions_each_finding_is_also_an_annotation()
    {
        using var content = new ContentCopy();
        content.Replace("site.yaml", "  representative:", "  representatve:");
        content.Replace("pages/index.en.md", "(policy.md)", "(policy.md#nowhere)");
        content.Write("pages/policy.en.md", "---\ntitle: Privacy policy\nnav_order: 2\nuntranslated: true\n---\n");
        var (_, stdout, _) = await CliProcess.RunAsync(Parent(content), GitHub, "check", "--content", "content");

        // Site.yaml fails to load, so the page checks wait for the next run; make one that loads.
        Assert.Contains("::error file=content/site.yaml,line=11,col=3::PS0102: unknown key 'representatve': did you mean 'representative'?", Lines(stdout));

        content.Replace("site.yaml", "  representatve:", "  representative:");
        (_, stdout, _) = await CliProcess.RunAsync(Parent(content), GitHub, "check", "--content", "content");
        var lines = Lines(stdout);
        Assert.Contains("::warning file=content/pages/policy.en.md,line=4,col=15::PS0208: page 'policy' is marked untranslated: the English page shows the Japanese text", lines);
        Assert.Contains(lines, l => l.StartsWith("::error file=content/pages/index.en.md,line=12,col=17::PS0304: link 'policy.md#nowhere' leads nowhere", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/pages/index.en.md:12:17: error PS0304: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_GitHub_Actions_there_are_no_annotations()
    {
        using var content = new ContentCopy();
        content.Replace("site.yaml", "  representative:", "  representatve:");
        var (_, stdout, _) = await CliProcess.RunAsync(Parent(content), Local, "check", "--content", "content");

        Assert.DoesNotContain("::", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_pass_unless_warnings_count_as_errors()
    {
        using var content = new ContentCopy();
        content.Replace("site.yaml", "    en: Sample Health Insurance Society", "    untranslated: true");

        var (exit, stdout, _) = await CliProcess.RunAsync(Parent(content), Local, "check", "--content", "content");
        Assert.Equal(0, exit);
        Assert.Equal(
            [
                "content/site.yaml:5:5: warning PS0202: 'handler.name' is marked untranslated: the English page shows the Japanese text",
                Skipped,
                $"Checked {SampleFiles} files: 0 error(s), 1 warning(s).",
            ],
            Lines(stdout));

        (exit, stdout, _) = await CliProcess.RunAsync(Parent(content), Local, "check", "--content", "content", "--warnings-as-errors");
        Assert.Equal(1, exit);
        Assert.EndsWith("Warnings count as errors (--warnings-as-errors).", stdout.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_prints_annotations_too_and_writes_nothing()
    {
        using var content = new ContentCopy();
        content.Replace("pages/index.ja.md", "(policy.md)", "(polcy.md)");
        var (exit, stdout, stderr) = await CliProcess.RunAsync(Parent(content), GitHub, "build", "--content", "content", "--output", "output");

        Assert.Equal(1, exit);
        Assert.Contains("content/pages/index.ja.md:12:7: error PS0302: link 'polcy.md' leads nowhere: there is no page 'polcy.md': did you mean 'policy.md'?", Lines(stderr));
        Assert.Contains(Lines(stdout), l => l.StartsWith("::error file=content/pages/index.ja.md,line=12,col=7::PS0302: ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(content.OutputRoot));
    }

    [Theory]
    [InlineData("--lang", "fr")]
    [InlineData("--no-such-option")]
    public async Task Bad_arguments_exit_non_zero_without_a_stack_trace(params string[] args)
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(RepoPaths.Root, Local, ["check", .. args]);

        Assert.NotEqual(0, exit);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    private static string Parent(ContentCopy content) => Path.GetDirectoryName(content.Root)!;

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);
}
