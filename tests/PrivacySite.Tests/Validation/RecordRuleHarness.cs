using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Validation;

namespace PrivacySite.Tests.Validation;

/// <summary>
/// Loads YAML into a record type of the test's own, with the real parser and binder, and runs
/// one record rule over it: how a rule is proved for content kinds the sample does not have yet.
/// </summary>
internal static class RecordRuleHarness
{
    public static IReadOnlyList<string> Run<T>(string yaml, RecordRule rule) where T : class
    {
        var diagnostics = new DiagnosticBag();
        var map = new SourceMap("test.yaml");
        Assert.True(YamlFileReader.TryParse(yaml, map.File, diagnostics, out var node), string.Join("\n", Describe(diagnostics)));
        var model = new YamlBinder(map, diagnostics).Bind<T>(node!);
        if (model is not null)
        {
            rule.Check(model, map, diagnostics);
        }

        return Describe(diagnostics);
    }

    private static string[] Describe(DiagnosticBag diagnostics) => [.. diagnostics.ToList().Select(d => d.Format())];
}
