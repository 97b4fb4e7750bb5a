using System.Reflection;
using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Law;
using PrivacySite.Content.Loading;
using PrivacySite.Site;
using YamlDotNet.RepresentationModel;

namespace PrivacySite.Tests.Notice;

/// <summary>
/// The build refuses to publish a notice that lacks anything APPI Article 32 requires, and
/// says which item is missing and which file it belongs in.
/// </summary>
public sealed class Article32CheckTests
{
    /// <summary>Each item the law asks for: the file, the key an editor might delete, and how the message names the item.</summary>
    public static TheoryData<string, string, string> RequiredItems => new()
    {
        { "site.yaml", "handler.name", "the handler's name" },
        { "site.yaml", "handler.address", "the handler's address" },
        { "site.yaml", "handler.representative", "the handler's representative" },
        { "notice/requests.yaml", "purpose_notice", "notified of the purposes of use" },
        { "notice/requests.yaml", "disclosure", "the procedure for disclosure requests" },
        { "notice/requests.yaml", "provision_record_disclosure", "disclose third-party provision records" },
        { "notice/requests.yaml", "correction", "correction, addition or deletion" },
        { "notice/requests.yaml", "suspension", "suspend use or erase" },
        { "notice/requests.yaml", "provision_stop", "stop provision to third parties" },
        { "notice/requests.yaml", "how_to_apply", "where and how requests are made" },
        { "notice/requests.yaml", "how_to_apply.methods", "where and how requests are made" },
        { "notice/requests.yaml", "identity", "how the identity of the person or agent is checked" },
        { "notice/requests.yaml", "identity.person", "how the identity of the person or agent is checked" },
        { "notice/requests.yaml", "identity.legal_representative", "how the identity of the person or agent is checked" },
        { "notice/requests.yaml", "identity.appointed_agent", "how the identity of the person or agent is checked" },
        { "notice/safety-measures.yaml", "basic_policy.measures", "the safety management measures" },
        { "notice/safety-measures.yaml", "rules.measures", "the safety management measures" },
        { "notice/safety-measures.yaml", "organisational.measures", "the safety management measures" },
        { "notice/safety-measures.yaml", "human.measures", "the safety management measures" },
        { "notice/safety-measures.yaml", "physical.measures", "the safety management measures" },
        { "notice/safety-measures.yaml", "technical.measures", "the safety management measures" },
        { "notice/complaints.yaml", "contact", "where to send complaints" },
        { "notice/complaints.yaml", "contact.channels", "where to send complaints" },
    };

    /// <summary>Each item the PPC guidelines recommend, not the law: leaving it out is a warning that says so.</summary>
    public static TheoryData<string, string, string> RecommendedItems => new()
    {
        { "notice/safety-measures.yaml", "basic_policy", "the basic policy of the safety management measures" },
        { "notice/safety-measures.yaml", "rules", "the rules for handling personal data" },
        { "notice/safety-measures.yaml", "organisational", "the organisational safety measures" },
        { "notice/safety-measures.yaml", "human", "the human safety measures" },
        { "notice/safety-measures.yaml", "physical", "the physical safety measures" },
        { "notice/safety-measures.yaml", "technical", "the technical safety measures" },
        { "notice/safety-measures.yaml", "external_environment", "the external environment" },
    };

    /// <summary>The files that hold nothing but what the law asks for, and the item each stands for.</summary>
    public static TheoryData<string, string> RequiredFiles => new()
    {
        { "notice/purposes.yaml", "the purposes of use of retained personal data" },
        { "notice/requests.yaml", "the procedures for requests about retained personal data" },
        { "notice/safety-measures.yaml", "the safety management measures" },
        { "notice/complaints.yaml", "where to send complaints" },
    };

    [Theory]
    [MemberData(nameof(RequiredItems))]
    public async Task Removing_a_required_item_fails_the_build_naming_the_item_and_its_file(string file, string path, string item)
    {
        using var content = new ContentCopy();
        YamlEdit.Remove(content, file, path);

        var result = await BuildAsync(content);

        var finding = Assert.Single(result.Diagnostics, d => d.Code == "PS0501");
        Assert.Equal(file, finding.Location.File);
        Assert.Contains(item, finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains($"'{path}' is missing or empty in {file}", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains(file, finding.Message(Language.Ja), StringComparison.Ordinal);
        Assert.False(Directory.Exists(content.OutputRoot));
    }

    [Theory]
    [MemberData(nameof(RequiredFiles))]
    public async Task Deleting_a_required_file_fails_the_build_naming_the_item_and_the_file(string file, string item)
    {
        using var content = new ContentCopy();
        content.Delete(file);

        var result = await BuildAsync(content);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("PS0502", finding.Code);
        Assert.Contains(item, finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains($"the file '{file}' is missing", finding.Message(Language.En), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notice/requests.yaml", "identity.person")]
    [InlineData("notice/safety-measures.yaml", "technical.measures")]
    public async Task An_empty_list_of_what_the_law_requires_fails_like_a_missing_one(string file, string path)
    {
        using var content = new ContentCopy();
        YamlEdit.Replace(content, file, path, new YamlSequenceNode());

        var result = await BuildAsync(content);

        var finding = Assert.Single(result.Diagnostics, d => d.Code == "PS0501");
        Assert.Contains($"'{path}'", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Theory]
    [MemberData(nameof(RecommendedItems))]
    public async Task Removing_a_recommended_item_warns_that_it_is_recommended_and_still_builds(string file, string path, string item)
    {
        using var content = new ContentCopy();
        YamlEdit.Remove(content, file, path);

        var result = await BuildAsync(content);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(("PS0504", Severity.Warning, file), (finding.Code, finding.Severity, finding.Location.File));
        Assert.StartsWith("recommended, not required: the PPC Guidelines (General Rules) 3-8-1(1) recommend", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains(item, finding.Message(Language.En), StringComparison.Ordinal);
        Assert.StartsWith("法令の義務ではなく推奨です。", finding.Message(Language.Ja), StringComparison.Ordinal);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Safety_measures_without_any_category_publish_no_measure_and_fail()
    {
        using var content = new ContentCopy();
        foreach (var category in new[] { "basic_policy", "rules", "organisational", "human", "physical", "technical" })
        {
            YamlEdit.Remove(content, "notice/safety-measures.yaml", category);
        }

        var result = await BuildAsync(content);

        var finding = Assert.Single(result.Diagnostics, d => d.Code == "PS0501");
        Assert.Contains("the safety management measures taken", finding.Message(Language.En), StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Every_field_the_guidelines_recommend_has_a_row_above()
    {
        var annotated = YamlFileKind.All
            .SelectMany(kind => MarkedFields<RecommendedAttribute>(kind.RootType, "").Select(path => (kind.RelativePath, path)))
            .Order()
            .ToList();
        Assert.Equal(annotated, RecommendedItems.Select(row => ((string)row[0], (string)row[1])).Order());
    }

    [Fact]
    public void Every_field_the_law_requires_has_a_row_above()
    {
        var annotated = YamlFileKind.All
            .SelectMany(kind => MarkedFields<RequiredByLawAttribute>(kind.RootType, "").Select(path => (kind.RelativePath, path)))
            .Order()
            .ToList();
        var rows = RequiredItems.Select(row => ((string)row[0], (string)row[1])).Order().ToList();

        Assert.Equal(annotated, rows);
        Assert.Equal(
            YamlFileKind.All.Where(k => k.RootType.GetCustomAttribute<RequiredByLawAttribute>() is not null).Select(k => k.RelativePath).Order(),
            RequiredFiles.Select(row => (string)row[0]).Order());
    }

    [Fact]
    public async Task The_command_exits_1_and_prints_the_finding_with_its_file()
    {
        using var content = new ContentCopy();
        YamlEdit.Remove(content, "site.yaml", "handler.representative");

        var (exit, _, stderr) = await CliProcess.RunAsync(RepoPaths.Root, "build", "--content", content.Root, "--output", content.OutputRoot);

        Assert.Equal(1, exit);
        Assert.Matches(@"site\.yaml:\d+:\d+: error PS0501: the law \(APPI Art\. 32\(1\)\(i\)\) requires the notice to publish the handler's representative: 'handler\.representative' is missing or empty in site\.yaml", stderr);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static Task<BuildResult> BuildAsync(ContentCopy content) =>
        SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets));

    /// <summary>The YAML paths of every constructor parameter marked with <typeparamref name="TMark"/>, through nested records.</summary>
    private static IEnumerable<string> MarkedFields<TMark>(Type type, string prefix) where TMark : Attribute
    {
        var parameters = ModelShape.Constructor(type).GetParameters();
        foreach (var (field, parameter) in ModelShape.Fields(type).Zip(parameters))
        {
            var path = SourceMap.Join(prefix, field.Key);
            if (parameter.GetCustomAttribute<TMark>() is not null)
            {
                yield return path;
            }

            if (ModelShape.IsRecord(field.Type) && field.Type.Namespace?.StartsWith("PrivacySite.Content.Model", StringComparison.Ordinal) == true)
            {
                foreach (var nested in MarkedFields<TMark>(field.Type, path))
                {
                    yield return nested;
                }
            }
        }
    }
}
