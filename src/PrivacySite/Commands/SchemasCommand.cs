using System.CommandLine;
using PrivacySite.Content.Schemas;

namespace PrivacySite.Cli.Commands;

/// <summary><c>privacysite schemas</c>: regenerates content/schemas/*.schema.json from the content model.</summary>
internal static class SchemasCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var command = new Command("schemas", "Regenerate the JSON Schemas editors' tools use to check the YAML files as you type.") { content };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(content)!;
            var output = parse.InvocationConfiguration.Output;
            if (!Directory.Exists(root))
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: content folder '{Path.GetFullPath(root)}' does not exist");
                return 1;
            }

            var changed = SchemaCatalog.WriteAll(root);
            foreach (var file in changed)
            {
                output.WriteLine($"Wrote {Path.Combine(root, file).Replace('\\', '/')}");
            }

            output.WriteLine($"{SchemaCatalog.All.Count} schemas, {changed.Count} changed.");
            return 0;
        });
        return command;
    }
}
