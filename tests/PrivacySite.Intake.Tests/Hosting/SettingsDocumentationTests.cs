using Microsoft.Extensions.Configuration;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Tests.Hosting;

/// <summary>
/// The example Function App settings (functions/PrivacySite.Functions/local.settings.example.json) and
/// the README's table name every setting the service reads, and nothing else; the example's values pass the start-up check.
/// </summary>
public sealed class SettingsDocumentationTests
{
    /// <summary>Settings the Functions host itself reads, not the service.</summary>
    private static readonly string[] HostSettings = ["FUNCTIONS_WORKER_RUNTIME", "AzureWebJobsStorage"];

    private static string ExamplePath => Path.Combine(RepoPaths.Root, "functions", "PrivacySite.Functions", "local.settings.example.json");

    private static Dictionary<string, string> ExampleValues()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(ExamplePath));
        return json.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    private static IReadOnlyList<string> ServiceSettings() =>
        [.. IntakeSettings.Read(new ConfigurationBuilder().Build()).Names.Select(n => n.Replace(":", "__", StringComparison.Ordinal))];

    [Fact]
    public void The_example_holds_every_setting_the_service_reads_and_no_other()
    {
        var example = ExampleValues().Keys.Except(HostSettings).Order().ToList();
        Assert.Equal(ServiceSettings().Order(), example);
    }

    [Fact]
    public void The_examples_values_pass_the_start_up_check()
    {
        var values = ExampleValues().Select(p => new KeyValuePair<string, string?>(p.Key.Replace("__", ":", StringComparison.Ordinal), p.Value));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var settings = IntakeSettings.Read(configuration);

        Assert.True(settings.Store.UsesTableStorage);
        Assert.Equal("https://privacy.example.org/", settings.Options.SiteBaseUrl);
        Assert.Null(settings.Options.Webhook.Url);
    }

    [Fact]
    public void The_readme_describes_every_setting()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.All(ServiceSettings(), name => Assert.Contains($"`{name}`", readme));
    }
}
