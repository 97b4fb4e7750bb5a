using PrivacySite.Content.Diagnostics;
using PrivacySite.Site;

namespace PrivacySite.Tests.Checking;

/// <summary>
/// Every variant of the corpus is caught where the mistake is, with a message in both
/// languages, and `build` (which runs the same checks first) writes nothing when it is an error.
/// </summary>
public sealed class BrokenContentTests
{
    [Fact]
    public void The_corpus_has_at_least_forty_variants_with_distinct_names()
    {
        Assert.True(BrokenContentCorpus.All.Count >= 40, $"{BrokenContentCorpus.All.Count} variants");
        Assert.True(BrokenContentCorpus.All.Count(v => v.Expected.StartsWith("notice/", StringComparison.Ordinal)) >= 15, "at least 15 variants for the notice files");
        Assert.Equal(BrokenContentCorpus.All.Count, BrokenContentCorpus.All.Select(v => v.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(BrokenContentCorpus.Names), MemberType = typeof(BrokenContentCorpus))]
    public async Task Each_mistake_is_reported_at_its_file_line_and_column(string name)
    {
        var variant = BrokenContentCorpus.All.Single(v => v.Name == name);
        using var content = new ContentCopy();
        variant.Break(content);

        var diagnostics = new DiagnosticBag();
        ContentChecks.Run(content.Root, diagnostics, FixedClock.SampleToday);
        var findings = diagnostics.ToList();
        var lines = findings.Select(d => d.Format()).ToList();

        Assert.True(lines.Any(l => l.StartsWith(variant.Expected + ": ", StringComparison.Ordinal)),
            $"expected '{variant.Expected}', got:\n{string.Join("\n", lines)}");
        Assert.True(findings.Count == variant.Findings, $"expected {variant.Findings} finding(s), got:\n{string.Join("\n", lines)}");
        Assert.All(findings, d =>
        {
            Assert.DoesNotMatch(@"\{\d+\}", d.Message(Language.Ja)); // every blank filled
            Assert.DoesNotMatch("[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}", d.Message(Language.Ja).Replace("'", " ", StringComparison.Ordinal)); // no English sentence inside
            Assert.NotEqual(d.Message(Language.En), d.Message(Language.Ja));
        });

        var build = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, Clock: FixedClock.SampleToday));
        Assert.Equal(lines, build.Diagnostics.Select(d => d.Format()));
        Assert.Equal(findings.All(d => d.Severity == Severity.Warning), Directory.Exists(content.OutputRoot));
    }
}
