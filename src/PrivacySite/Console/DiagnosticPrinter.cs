using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Cli.Console;

/// <summary>Prints findings as "content/file:line:col: error PS0000: message" lines on stderr.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, string contentRoot, TextWriter error, Language language = Language.En)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(WithContentPrefix(diagnostic, contentRoot).Format(language));
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
