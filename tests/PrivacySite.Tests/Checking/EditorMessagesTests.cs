using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Model;
using PrivacySite.Site;

namespace PrivacySite.Tests.Checking;

/// <summary>
/// What an editor reads says what to do, in the chosen language: a YAML mistake is explained without the
/// reader's English in Japanese, and a value of the wrong shape shows an example of the right one.
/// </summary>
public sealed class EditorMessagesTests
{
    [Theory]
    [InlineData("pages/policy.en.md", "title: Privacy policy", "title: Privacy: policy", "put the whole text in quotes", "引用符（\"…\"）で囲んで")]
    [InlineData("site.yaml", "\"100-0000\"", "\"100-0000", "quotation mark is opened but not closed", "引用符（\" または '）が閉じられていません")]
    [InlineData("site.yaml", "  address:", " address:", "not indented like the lines around it", "字下げが前後の行とそろっていません")]
    [InlineData("notice/revisions.yaml", "  - date: 2025-04-01", " - date: 2025-04-01", "not indented like the lines around it", "字下げが前後の行とそろっていません")]
    public void A_yaml_mistake_says_what_to_do_in_each_language(string file, string find, string replace, string english, string japanese)
    {
        var finding = Assert.Single(Check(file, find, replace), d => d.Code == "PS0101");

        Assert.Contains(english, finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains("the YAML reader said:", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains(japanese, finding.Message(Language.Ja), StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{4,}", finding.Message(Language.Ja).Replace("YAML", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_of_the_wrong_shape_shows_the_shape_to_write()
    {
        var finding = Assert.Single(Check(
            "notice/revisions.yaml",
            "  - date: 2025-04-01\n    summary:\n      ja: 業務の委託先の一覧を更新しました。\n      en: Updated the list of companies we entrust work to.\n",
            "  - 2025-04-01\n"), d => d.Code == "PS0104");

        const string Example = "`- { date: 2025-04-01, summary: { ja: …, en: … } }`";
        Assert.EndsWith($"for example {Example}", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains($"（例: {Example}）", finding.Message(Language.Ja), StringComparison.Ordinal);
    }

    private static IReadOnlyList<Diagnostic> Check(string file, string find, string replace)
    {
        using var content = new ContentCopy();
        content.Replace(file, find, replace);
        var diagnostics = new DiagnosticBag();
        ContentChecks.Run(content.Root, diagnostics, FixedClock.SampleToday);
        return diagnostics.ToList();
    }
}
