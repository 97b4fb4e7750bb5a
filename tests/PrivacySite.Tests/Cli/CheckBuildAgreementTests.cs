using System.CommandLine;
using System.Text.RegularExpressions;
using PrivacySite.Cli.Commands;
using PrivacySite.Tests.Checking;

namespace PrivacySite.Tests.Cli;

/// <summary>
/// `check` and `build` agree on every broken variant of the sample content: the same findings, and
/// `check` fails exactly where `build` refuses to publish (so nothing is found only while rendering).
/// </summary>
public sealed partial class CheckBuildAgreementTests
{
    [GeneratedRegex(@"^\S+: (error|warning) PS\d{4}:", RegexOptions.Multiline)]
    private static partial Regex FindingLine();

    [Theory]
    [MemberData(nameof(BrokenContentCorpus.Names), MemberType = typeof(BrokenContentCorpus))]
    public async Task Check_and_build_report_the_same_findings_and_fail_together(string name)
    {
        using var content = new ContentCopy();
        BrokenContentCorpus.All.Single(v => v.Name == name).Break(content);

        var check = await RunAsync(CheckCommand.Create(), "check", "--content", content.Root);
        var build = await RunAsync(BuildCommand.Create(), "build", "--content", content.Root, "--output", content.OutputRoot);

        Assert.Equal(Findings(check.Text), Findings(build.Text));
        Assert.Equal(check.Exit, build.Exit);
        Assert.Equal(build.Exit == 0, Directory.Exists(content.OutputRoot));
    }

    private static List<string> Findings(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => FindingLine().IsMatch(l))];

    private static async Task<(int Exit, string Text)> RunAsync(Command command, params string[] args)
    {
        using var output = new StringWriter();
        var root = new RootCommand { command };
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        return (exit, output.ToString());
    }
}
