using System.CommandLine;
using PrivacySite.Cli.Console;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.History;
using PrivacySite.Content.History.Changes;
using PrivacySite.Content.Loading;

namespace PrivacySite.Cli.Commands;

/// <summary>
/// <c>privacysite diff</c>: what a change does to the notice and the pages, by meaning, in
/// Japanese and English, as Markdown for a pull request's job summary and comment.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var baseRef = CommonOptions.Base("The commit to compare with (default: origin/$GITHUB_BASE_REF, the pull request's base).");
        var command = new Command("diff", "Summarise, by meaning and in both languages, how the content differs from a commit.") { content, baseRef };
        command.SetAction(parse => Run(parse.GetValue(content)!, CommonOptions.BaseOf(parse, baseRef), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string root, string? revision, TextWriter output, TextWriter error)
    {
        if (revision is null)
        {
            error.WriteLine(Both(DiffText.NoBase));
            return 2;
        }

        if (Baseline.Load(root, revision, out var problem) is not { } baseline)
        {
            error.WriteLine(Both(DiffText.CannotCompare.Format(revision, problem!.English), DiffText.CannotCompare.Format(revision, problem.Japanese)));
            return 1;
        }

        if (ContentLoader.Load(root, new DiagnosticBag()).Content is not { } current)
        {
            error.WriteLine(Both(DiffText.DoesNotLoad.Format(root)));
            return 1;
        }

        var changes = ContentComparer.Compare(baseline.Content, current);
        output.Write(ChangeSummary.Write(revision, changes, NewRevisions.Of(baseline.Content, current)));
        return 0;
    }

    private static string Both(Phrase phrase) => Both(phrase, phrase);

    private static string Both(Phrase english, Phrase japanese) => $"{english.English}\n{japanese.Japanese}";
}
