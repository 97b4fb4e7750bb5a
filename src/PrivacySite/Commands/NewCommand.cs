using System.CommandLine;
using PrivacySite.Content.Skeleton;

namespace PrivacySite.Cli.Commands;

/// <summary><c>privacysite new DIR</c>: a new society's content folder, every fact a blank that `check` reports until it is filled.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("DIR") { Description = "The new content folder; it must not exist yet, or be empty." };
        var wording = new Option<string>("--wording-from")
        {
            Description = "The content folder whose standard wording (forms, e-mails, UI strings, holiday calendar) is copied.",
            DefaultValueFactory = _ => "content",
            HelpName = "DIR",
        };
        var command = new Command("new", "Write a new society's content folder: each fact of the notice is a visible TODO that check reports as an error until you write it.") { target, wording };
        command.SetAction(parse =>
        {
            var (folder, from) = (parse.GetValue(target)!, parse.GetValue(wording)!);
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            switch (ContentSkeleton.Problem(folder, from, out var missing))
            {
                case SkeletonProblem.TargetNotEmpty:
                    error.WriteLine($"error: '{Path.GetFullPath(folder)}' already holds files; give a new or empty folder, so nothing of yours is overwritten");
                    return 1;
                case SkeletonProblem.WordingMissing:
                    error.WriteLine($"error: '{Path.GetFullPath(from)}' lacks {string.Join(", ", missing)}; give --wording-from a content folder that has the standard wording (the repository's content/)");
                    return 1;
            }

            var written = ContentSkeleton.Write(folder, from);
            output.WriteLine($"Wrote {written.Count} files to {Path.GetFullPath(folder)}.");
            output.WriteLine($"Next: fill every '{SkeletonYaml.Marker}' and run `privacysite check --content {folder}` until it finds no errors. Add notice/consignees.yaml, joint-use.yaml, third-party-provision.yaml or my-number.yaml only if the Society publishes them.");
            return 0;
        });
        return command;
    }
}
