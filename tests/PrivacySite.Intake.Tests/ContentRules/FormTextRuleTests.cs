using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Validation;
using PrivacySite.Site;
using PrivacySite.Tests.Support;

namespace PrivacySite.Intake.Tests.ContentRules;

/// <summary>content/forms/ must give every field, choice and error code of the forms its words, and name nothing else.</summary>
public sealed class FormTextRuleTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private async Task<IReadOnlyList<Diagnostic>> CheckAsync(Func<string, string>? editFields = null)
    {
        var root = _folder.Combine("content");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(RepoPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        var fields = Path.Combine(root, "forms", "fields.yaml");
        File.WriteAllText(fields, (editFields ?? (t => t))(File.ReadAllText(fields)));
        var diagnostics = new DiagnosticBag();
        await ContentChecks.RunAsync(root, diagnostics, FixedClock.SampleToday);
        return diagnostics.ToList();
    }

    [Fact]
    public async Task The_sample_content_has_every_form_word_in_both_languages() => Assert.Empty(await CheckAsync());

    [Fact]
    public async Task A_missing_choice_label_and_an_unknown_field_are_reported_with_their_line()
    {
        var found = await CheckAsync(text => text
            .Replace("      - value: leak\n", "      - value: leek\n", StringComparison.Ordinal)
            .Replace("  - name: address\n", "  - name: adress\n", StringComparison.Ordinal));

        Assert.Contains(found, d => d.Code == "PS0802" && d.Message(Language.En).Contains("'leak'", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Code == "PS0801" && d.Message(Language.En).Contains("'address'", StringComparison.Ordinal));
        var unknown = Assert.Single(found, d => d.Code == "PS0804" && d.Message(Language.En).Contains("'adress'", StringComparison.Ordinal));
        Assert.Equal("forms/fields.yaml", unknown.Location.File);
        Assert.True(unknown.Location.Line > 1);
    }

    [Fact]
    public async Task A_label_without_english_is_a_translation_error()
    {
        var found = await CheckAsync(text => text.Replace("      en: Postal code\n", "", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Code == "PS0201" && d.Location.File == "forms/fields.yaml");
    }

    public void Dispose() => _folder.Dispose();
}
