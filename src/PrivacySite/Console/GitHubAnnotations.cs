using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;

namespace PrivacySite.Cli.Console;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::message</c>), which GitHub
/// shows on the pull request's changed lines, where editors are already looking.
/// </summary>
internal static class GitHubAnnotations
{
    public static bool Enabled => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";

    /// <param name="diagnostic">A finding whose file is already relative to the repository (the working directory).</param>
    public static string Format(Diagnostic diagnostic, Language language)
    {
        var location = diagnostic.Location;
        var properties = $"file={EscapeProperty(location.File)}";
        if (location.Line > 0)
        {
            properties += $",line={location.Line},col={Math.Max(1, location.Column)}";
        }

        var command = diagnostic.Severity == Severity.Error ? "error" : "warning";
        return $"::{command} {properties}::{EscapeData($"{diagnostic.Code}: {diagnostic.Message(language)}")}";
    }

    private static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
