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
        var command = new Command("build", "Validate the content and build the static site.") { content, output, baseUrl };
        command.SetAction(async (parse, _) =>
        {
            var options = new BuildOptions(parse.GetValue(content)!, parse.GetValue(output)!, ThemeAssets.Locate(), parse.GetValue(baseUrl));
            return await SiteBuildRunner.RunAsync(options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error) ? 0 : 1;
        });
        return command;
    }
}
