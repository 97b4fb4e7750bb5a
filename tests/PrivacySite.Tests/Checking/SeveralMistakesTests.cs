using PrivacySite.Content.Diagnostics;
using PrivacySite.Site;

namespace PrivacySite.Tests.Checking;

/// <summary>An editor sees the mistakes of every file in one run, even when one data file cannot be loaded.</summary>
public sealed class SeveralMistakesTests
{
    [Fact]
    public void A_file_that_does_not_load_does_not_hide_the_mistakes_of_the_other_files()
    {
        using var content = new ContentCopy();
        content.Replace("notice/requests.yaml", "kinds_caption:", "kinds_captoin:");
        content.Replace("site.yaml", "\"100-0000\"", "\"100-000\"");
        content.Replace("notice/complaints.yaml", "      email: privacy@example.org", "      email: privacy@example");
        content.Replace("notice/revisions.yaml", "      en: Updated the list of companies we entrust work to.\n", "");

        var diagnostics = new DiagnosticBag();
        var loaded = ContentChecks.Run(content.Root, diagnostics, FixedClock.SampleToday);

        Assert.Null(loaded);
        Assert.Equal(
            [
                "notice/complaints.yaml:35:14 PS0403",
                "notice/requests.yaml:21:1 PS0102",
                "notice/revisions.yaml:30:5 PS0201",
                "site.yaml:7:16 PS0401",
            ],
            diagnostics.ToList().Select(d => $"{d.Location.File}:{d.Location.Line}:{d.Location.Column} {d.Code}"));
    }

    [Fact]
    public void Checks_across_files_wait_until_every_data_file_loads()
    {
        using var content = new ContentCopy();
        content.Replace("notice/requests.yaml", "kinds_caption:", "kinds_captoin:");
        content.Replace("pages/index.en.md", "(policy.md)", "(polcy.md)");

        var diagnostics = new DiagnosticBag();
        ContentChecks.Run(content.Root, diagnostics, FixedClock.SampleToday);

        var finding = Assert.Single(diagnostics.ToList());
        Assert.Equal("PS0102", finding.Code);
    }
}
