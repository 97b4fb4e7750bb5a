using System.CommandLine;
using PrivacySite.Cli.Console;
using PrivacySite.Site;

namespace PrivacySite.Cli.Commands;

/// <summary><c>privacysite build</c>: validate the content and write the site; exit 1 on any error.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Output();
        var baseUrl = CommonOptions.BaseUrl();
        var intakeUrl = new Option<string?>("--intake-url")
        {
            Description = "Where the forms post: the intake service's address, such as https://intake.example.org (default: /api on the site's own origin).",
            HelpName = "URL",
        };
        var formsDisabled = new Option<bool>("--forms-disabled")
        {
            Description = "For previews that cannot reach an intake service: the form pages say forms are turned off and give the desk's details.",
        };
        var command = new Command("build", "Validate the content and build the static site.") { content, output, baseUrl, intakeUrl, formsDisabled };
        command.SetAction(async (parse, _) =>
        {
            var options = new BuildOptions(parse.GetValue(content)!, parse.GetValue(output)!, ThemeAssets.Locate(), parse.GetValue(baseUrl),
                IntakeUrl: parse.GetValue(intakeUrl), FormsDisabled: parse.GetValue(formsDisabled));
            return await SiteBuildRunner.RunAsync(options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error) ? 0 : 1;
        });
        return command;
    }
}
