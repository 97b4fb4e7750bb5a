using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Cli.Console;

/// <summary>
/// Prints findings as "content/file:line:col: error PS0000: message" lines, and under GitHub
/// Actions also as annotations on <paramref name="annotations"/> (GitHub reads them from stdout).
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, string contentRoot, TextWriter findings, TextWriter annotations, Language language = Language.En)
    {
        var annotate = GitHubAnnotations.Enabled;
        foreach (var diagnostic in diagnostics.Select(d => WithContentPrefix(d, contentRoot)))
        {
            findings.WriteLine(diagnostic.Format(language));
            if (annotate)
            {
                annotations.WriteLine(GitHubAnnotations.Format(diagnostic, language));
            }
        }
    }

    /// <summary>Locations are content-relative; printed ones are relative to where the command runs.</summary>
    public static Diagnostic WithContentPrefix(Diagnostic diagnostic, string contentRoot)
    {
        var file = diagnostic.Location.File;
        if (Path.IsPathRooted(file))
        {
            return diagnostic;
        }

        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(contentRoot, file)).Replace('\\', '/');
        return diagnostic with { Location = diagnostic.Location with { File = relative } };
    }
}
