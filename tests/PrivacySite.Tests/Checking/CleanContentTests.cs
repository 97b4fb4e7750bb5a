using AngleSharp.Html.Parser;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Site;

namespace PrivacySite.Tests.Checking;

/// <summary>What is right passes: the sample content, and every link form editors may use.</summary>
public sealed class CleanContentTests
{
    [Fact]
    public void The_sample_content_passes_with_no_errors_and_no_warnings()
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentChecks.Run(RepoPaths.SampleSociety, diagnostics, TimeProvider.System);

        Assert.NotNull(content);
        Assert.Empty(diagnostics.ToList().Select(d => d.Format()));
    }

    [Theory]
    [MemberData(nameof(FixtureSocieties.Names), MemberType = typeof(FixtureSocieties))]
    public void Every_fixture_society_passes_with_no_errors_and_only_the_warnings_for_what_it_left_out_by_choice(string society)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentChecks.Run(RepoPaths.Society(society), diagnostics, TimeProvider.System);

        Assert.NotNull(content);
        Assert.Empty(diagnostics.ToList().Where(d => d.Code != DiagnosticDescriptors.RecommendedItemMissing.Code).Select(d => d.Format()));
    }

    [Fact]
    public async Task Every_link_form_editors_may_use_passes_and_leads_somewhere_in_the_built_site()
    {
        using var content = new ContentCopy();
        content.Replace("pages/index.en.md", "The Japanese version", string.Join(" ",
            "[a](/en/policy/#compliance-with-the-law) [b](#what-you-can-find-here) [c](policy.md#keeping-information-safe)",
            "[d](index.md) [e](/) [f](/en/) [g](https://example.org/) <https://example.org/> [h](mailto:privacy@example.org)",
            "[i](tel:03-0000-0000) [j][ref] The Japanese version"));
        content.Write("pages/index.en.md", content.Read("pages/index.en.md") + "\n[ref]: policy.md#requests-and-complaints\n");
        content.Replace("pages/index.ja.md", "お問い合わせください。",
            "お問い合わせください。[法令](policy.md#法令等の遵守)、[同じ](/policy/#%E6%B3%95%E4%BB%A4%E7%AD%89%E3%81%AE%E9%81%B5%E5%AE%88)");
        content.Replace("site.yaml", "\"100-0000\"", "\"１００－０００１\"");

        var diagnostics = new DiagnosticBag();
        ContentChecks.Run(content.Root, diagnostics, FixedClock.SampleToday);
        Assert.Empty(diagnostics.ToList().Select(d => d.Format()));

        var result = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, Clock: FixedClock.SampleToday));
        Assert.True(result.Succeeded);
        var policy = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.OutputRoot, "en", "policy", "index.html")));
        Assert.NotNull(policy.GetElementById("compliance-with-the-law"));
        Assert.NotNull(policy.GetElementById("keeping-information-safe"));
        Assert.NotNull(policy.GetElementById("requests-and-complaints"));
        var japanese = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.OutputRoot, "policy", "index.html")));
        Assert.NotNull(japanese.GetElementById("法令等の遵守"));
    }
}
