using PrivacySite.Content.Law;

namespace PrivacySite.Tests.Notice;

/// <summary>The README's table of what the notice must publish is the table in code, row for row.</summary>
public sealed class LegalTableReadmeTests
{
    [Fact]
    public void The_readme_shows_the_legal_table_of_the_code()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var rows = LegalItems.All.Select(i => $"| {i.Text.Item} | {i.Text.ItemJa} | {i.Text.Article} | {Label(i.Text.Requirement)} |");
        var table = string.Join("\n", ["| what is published | 公表事項 | basis | |", "| --- | --- | --- | --- |", .. rows]);

        Assert.Contains(table + "\n", readme, StringComparison.Ordinal);
    }

    private static string Label(Requirement requirement) => requirement switch
    {
        Requirement.Required => "required: missing is an error (PS0501)",
        Requirement.WhereApplicable => "where it applies: checked when written",
        _ => "recommended: missing is a warning (PS0504)",
    };
}
