using System.Text;
using System.Text.Json;
using PrivacySite.Site;
using PrivacySite.Tests.Notice;
using PrivacySite.Theme;

namespace PrivacySite.Tests.Theme;

/// <summary>The theme's list of UI string keys names every key its pages ask for: the checks can only require what it lists.</summary>
public sealed class UiKeysTests
{
    [Fact]
    public async Task The_sample_site_builds_with_strings_files_holding_only_the_listed_keys()
    {
        using var content = new ContentCopy();
        foreach (var language in Languages.All)
        {
            var file = $"strings/{language.Code()}.yaml";
            var strings = SampleNotice.Content.Strings[language].Values;
            var modeline = content.Read(file).Split('\n')[0];
            content.Write(file, modeline + "\n" + Yaml([.. UiKeys.All.Select(k => (k, strings[k]))]));
        }

        var result = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, Clock: FixedClock.SampleToday));

        Assert.Empty(result.Diagnostics.Select(d => d.Format()));
        Assert.True(result.Succeeded);
    }

    /// <summary>Dotted keys as nested YAML groups, each text as a double-quoted (JSON) scalar.</summary>
    private static string Yaml(IReadOnlyList<(string Key, string Value)> entries, string prefix = "", int depth = 0)
    {
        var yaml = new StringBuilder();
        foreach (var group in entries.GroupBy(e => e.Key[prefix.Length..].Split('.')[0]))
        {
            var indent = new string(' ', depth * 2);
            var key = prefix + group.Key;
            if (group.Any(e => e.Key == key))
            {
                yaml.Append(indent).Append(group.Key).Append(": ").AppendLine(JsonSerializer.Serialize(group.Single().Value));
            }
            else
            {
                yaml.Append(indent).Append(group.Key).AppendLine(":").Append(Yaml([.. group], key + ".", depth + 1));
            }
        }

        return yaml.ToString();
    }
}
