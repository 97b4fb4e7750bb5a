using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Validation;
using YamlDotNet.RepresentationModel;

namespace PrivacySite.Tests.Notice;

/// <summary>The notice-specific checks (PS07xx): empty lists say so, numbers stay plausible.</summary>
public sealed class NoticeRulesTests
{
    [Fact]
    public void The_sample_notice_passes_every_check()
    {
        using var content = new ContentCopy();
        Assert.Empty(Check(content));
    }

    [Fact]
    public void An_empty_joint_use_list_needs_a_statement_saying_there_is_none()
    {
        using var content = new ContentCopy();
        YamlEdit.Replace(content, "notice/joint-use.yaml", "entries", new YamlSequenceNode());

        var finding = Assert.Single(Check(content));

        Assert.Equal("PS0701", finding.Code);
        Assert.Equal("notice/joint-use.yaml", finding.Location.File);
        Assert.Equal("'entries' is empty: add 'when_none' to say so on the page", finding.Message(Language.En));
    }

    [Fact]
    public void A_none_statement_beside_a_non_empty_list_is_a_warning()
    {
        using var content = new ContentCopy();
        content.Write("notice/joint-use.yaml", content.Read("notice/joint-use.yaml") + "when_none:\n  ja: ありません。\n  en: There is none.\n");

        var finding = Assert.Single(Check(content));

        Assert.Equal("PS0702", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.True(finding.Location.Line > 1);
    }

    [Theory]
    [InlineData("disclosure.response_days", "0", "1 to 60")]
    [InlineData("correction.response_days", "61", "1 to 60")]
    [InlineData("disclosure.fee.yen", "-300", "0 to 100000")]
    [InlineData("medical_fee_statements.response_days", "90", "1 to 60")]
    public void Fees_and_response_times_must_be_plausible(string path, string value, string range)
    {
        using var content = new ContentCopy();
        YamlEdit.Replace(content, "notice/requests.yaml", path, new YamlScalarNode(value));

        var finding = Assert.Single(Check(content));

        Assert.Equal("PS0703", finding.Code);
        Assert.Equal($"'{path}' must be a whole number from {range}", finding.Message(Language.En));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("61")]
    public void The_complaint_response_time_must_be_plausible(string value)
    {
        using var content = new ContentCopy();
        YamlEdit.Replace(content, "notice/complaints.yaml", "response_days", new YamlScalarNode(value));

        var finding = Assert.Single(Check(content));

        Assert.Equal("PS0703", finding.Code);
        Assert.Equal("notice/complaints.yaml", finding.Location.File);
        Assert.Equal("'response_days' must be a whole number from 1 to 60", finding.Message(Language.En));
    }

    [Fact]
    public void Revisions_out_of_order_are_reported_on_the_revision_history()
    {
        using var content = new ContentCopy();
        YamlEdit.Replace(content, "notice/revisions.yaml", "enacted", new YamlScalarNode("2030-01-01"));

        var findings = Check(content);

        Assert.Contains(findings, d => d.Code == "PS0603" && d.Location.File == "notice/revisions.yaml");
    }

    private static IReadOnlyList<Diagnostic> Check(ContentCopy content)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(content.Root, diagnostics);
        Assert.NotNull(loaded.Content);
        ContentValidator.Validate(loaded, diagnostics);
        return diagnostics.ToList();
    }
}
