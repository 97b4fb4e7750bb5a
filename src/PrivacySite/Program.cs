using System.CommandLine;
using PrivacySite.Cli.Commands;

var root = new RootCommand("PrivacySite: builds a health insurance society's bilingual privacy notice site from content/ and serves it locally.")
{
    BuildCommand.Create(),
    ServeCommand.Create(),
    CheckCommand.Create(),
    SchemasCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
