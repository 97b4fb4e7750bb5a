using System.CommandLine;
using PrivacySite.Cli.Console;
using PrivacySite.Cli.Serving;
using PrivacySite.Site;

namespace PrivacySite.Cli.Commands;

/// <summary><c>privacysite serve</c>: build, serve on localhost, rebuild and reload on every change.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Output();
        var port = new Option<int>("--port") { Description = "The local port to serve on.", DefaultValueFactory = _ => 5080 };
        var command = new Command("serve", "Build the site, serve it on localhost, and rebuild when content changes.") { content, output, port };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new BuildOptions(parse.GetValue(content)!, parse.GetValue(output)!, ThemeAssets.Locate(), BaseUrl: $"http://127.0.0.1:{parse.GetValue(port)}/", NoticeHistory: false);
            var server = new DevServer(options, parse.GetValue(port), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            return await server.RunAsync(cancellationToken);
        });
        return command;
    }
}
