using PrivacySite.Cli.Console;
using PrivacySite.Content.Model;
using PrivacySite.Site;

namespace PrivacySite.Cli.Commands;

/// <summary>Runs one build and reports it: progress and the summary on stdout, findings on stderr.</summary>
internal static class SiteBuildRunner
{
    public static async Task<bool> RunAsync(BuildOptions options, TextWriter output, TextWriter error)
    {
        BuildResult result;
        try
        {
            result = await SiteBuilder.BuildAsync(options, new Progress<string>(output.WriteLine));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            error.WriteLine($"error: the build stopped and the previous output was kept: {e.Message}");
            return false;
        }

        DiagnosticPrinter.Print(result.Diagnostics, options.ContentRoot, error, output);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Content.Diagnostics.Severity.Error);
            error.WriteLine($"Build failed with {errors} error(s) in {seconds} s; the output folder was not changed.");
            return false;
        }

        output.WriteLine($"Built {result.PagesPerLanguage[Language.Ja]} pages in Japanese and {result.PagesPerLanguage[Language.En]} in English in {seconds} s → {options.OutputRoot}/");
        return true;
    }
}
