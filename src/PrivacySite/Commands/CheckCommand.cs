using System.CommandLine;
using PrivacySite.Cli.Console;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.History;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Site;

namespace PrivacySite.Cli.Commands;

/// <summary>
/// <c>privacysite check</c>: every check `build` runs, without writing anything. One line per
/// finding, then a count; exit 1 on any error (or warning, with --warnings-as-errors).
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Fail on warnings too, such as texts still marked untranslated.",
        };
        var lang = CommonOptions.Language("The language of the messages: en (default) or ja.");
        var baseRef = CommonOptions.Base("The commit the change is compared with: a change the notice must publish needs a new revision (PS0607).");

        var command = new Command("check", "Check the content for mistakes without building anything.") { content, warningsAsErrors, lang, baseRef };
        command.SetAction(parse =>
            Run(parse.GetValue(content)!, parse.GetValue(warningsAsErrors), CommonOptions.LanguageOf(parse, lang), parse.GetValue(baseRef), parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string root, bool warningsAsErrors, Language language, string? baseRevision, TextWriter output)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            ContentChecks.Run(root, diagnostics, baseRevision: baseRevision);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticDescriptors.FileUnreadable, new SourceLocation(root), e.Message);
        }

        var findings = diagnostics.ToList();
        DiagnosticPrinter.Print(findings, root, output, output, language);

        if (baseRevision is null)
        {
            output.WriteLine(HistoryPhrases.RevisionCheckSkipped.In(language));
        }

        var errors = findings.Count(d => d.Severity == Severity.Error);
        var warnings = findings.Count - errors;
        output.WriteLine(Phrases.Summary(errors, warnings, CountFiles(root)).In(language));
        if (warningsAsErrors && warnings > 0)
        {
            output.WriteLine(Phrases.WarningsAsErrors.In(language));
        }

        return errors > 0 || (warningsAsErrors && warnings > 0) ? 1 : 0;
    }

    private static int CountFiles(string root)
    {
        var files = new ContentFiles(root, null);
        return files.Under("", ".yaml").Count + files.Under("", ".md").Count;
    }
}
