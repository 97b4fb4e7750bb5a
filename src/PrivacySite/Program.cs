using System.CommandLine;
using PrivacySite.Cli.Commands;
using PrivacySite.Cli.Commands.Inquiries;

var root = new RootCommand("PrivacySite: builds a health insurance society's bilingual privacy notice site from content/ and serves it locally; the privacy office works through requests and complaints with 'inquiries'.")
{
    BuildCommand.Create(),
    ServeCommand.Create(),
    CheckCommand.Create(),
    DiffCommand.Create(),
    SchemasCommand.Create(),
    NewCommand.Create(),
    InquiriesCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
