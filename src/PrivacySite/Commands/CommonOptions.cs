using System.CommandLine;
using PrivacySite.Content.Model;

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

    /// <param name="description">What the commit is compared for, for the help text.</param>
    public static Option<string?> Base(string description) => new("--base")
    {
        Description = description,
        HelpName = "REF",
    };

    /// <summary>The commit --base names, or in a pull request's workflow its base branch (origin/$GITHUB_BASE_REF); null when neither is there.</summary>
    public static string? BaseOf(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable("GITHUB_BASE_REF") is { Length: > 0 } branch ? "origin/" + branch
        : null;

    /// <param name="description">What the option chooses the language of, for the help text.</param>
    public static Option<string> Language(string description) => new Option<string>("--lang")
    {
        Description = description,
        DefaultValueFactory = _ => "en",
        HelpName = "ja|en",
    }.AcceptOnlyFromAmong("ja", "en");

    /// <summary>The language <paramref name="option"/> was given (its values are checked when parsing).</summary>
    public static Language LanguageOf(ParseResult parse, Option<string> option)
    {
        Languages.TryParse(parse.GetValue(option), out var language);
        return language;
    }
}
