using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrivacySite.Site.Accessibility;

/// <summary>
/// What the test suite's accessibility checks found, per page, for the sources whose
/// <see cref="SourceFingerprint"/> it records: the build publishes them on the accessibility statement only
/// when that fingerprint is the one of the sources it builds (see <see cref="AccessibilityStatement"/>).
/// <see cref="FullTest"/> is true only for a test of every JIS X 8341-3:2016 success criterion; automated checks alone leave it false.
/// </summary>
public sealed record AccessibilityResults(
    string SourceFingerprint,
    DateOnly TestedOn,
    IReadOnlyList<string> Tools,
    bool FullTest,
    IReadOnlyList<PageResult> Pages)
{
    /// <summary>Where the suite writes it and the build looks for it, under the repository's artifacts/.</summary>
    public const string FileName = "accessibility-results.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public bool AllPassed => Pages.All(p => p.Passed);

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
    }

    /// <summary>The results in <paramref name="path"/>, or null when there is no such file or it cannot be read.</summary>
    public static AccessibilityResults? Read(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<AccessibilityResults>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>One page's automated results: axe-core violations (WCAG 2.x A and AA, desktop and phone) and Nu Html Checker errors.</summary>
public sealed record PageResult(string Path, int AxeViolations, int HtmlErrors)
{
    public bool Passed => AxeViolations == 0 && HtmlErrors == 0;
}
