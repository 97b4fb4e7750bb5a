using System.CommandLine;

namespace PrivacySite.Cli.Commands;

/// <summary>Options shared by several commands, so their names and defaults never drift apart.</summary>
internal static class CommonOptions
{
    public static Option<string> Content() => new("--content")
    {
        Description = "The content folder (YAML and Markdown).",
        DefaultValueFactory = _ => "content",
        HelpName = "DIR",
    };

    public static Option<string> Output() => new("--output")
    {
        Description = "Where the built site goes; replaced only after a successful build.",
        DefaultValueFactory = _ => "output",
        HelpName = "DIR",
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "The absolute URL the site is published at (default: base_url in content/site.yaml).",
        HelpName = "URL",
    };
}
