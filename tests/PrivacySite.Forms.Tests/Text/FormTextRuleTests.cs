using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Validation;
using PrivacySite.Forms.Text;

namespace PrivacySite.Forms.Tests.Text;

/// <summary>content/forms/ must give every field, choice and error code of the forms its words, and name nothing else.</summary>
public sealed class FormTextRuleTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private IReadOnlyList<Diagnostic> Check(Func<string, string>? editFields = null, Func<string, string>? editPages = null)
    {
        var root = _folder.Combine("content");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleSociety, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(RepoPaths.SampleSociety, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        var fields = Path.Combine(root, "forms", "fields.yaml");
        File.WriteAllText(fields, (editFields ?? (t => t))(File.ReadAllText(fields)));
        var pages = Path.Combine(root, "forms", "pages.yaml");
        File.WriteAllText(pages, (editPages ?? (t => t))(File.ReadAllText(pages)));
        var diagnostics = new DiagnosticBag();
        ContentValidator.Validate(ContentLoader.Load(root, diagnostics), diagnostics, FixedClock.SampleToday, extraRules: new FormTextRule());
        return diagnostics.ToList();
    }

    [Fact]
    public void The_sample_content_has_every_form_word_in_both_languages() => Assert.Empty(Check());

    [Fact]
    public void A_missing_choice_label_and_an_unknown_field_are_reported_with_their_line()
    {
        var found = Check(text => text
            .Replace("      - value: leak\n", "      - value: leek\n", StringComparison.Ordinal)
            .Replace("  - name: address\n", "  - name: adress\n", StringComparison.Ordinal));

        Assert.Contains(found, d => d.Code == "PS0802" && d.Message(Language.En).Contains("'leak'", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Code == "PS0801" && d.Message(Language.En).Contains("'address'", StringComparison.Ordinal));
        var unknown = Assert.Single(found, d => d.Code == "PS0804" && d.Message(Language.En).Contains("'adress'", StringComparison.Ordinal));
        Assert.Equal("forms/fields.yaml", unknown.Location.File);
        Assert.True(unknown.Location.Line > 1);
    }

    [Fact]
    public void A_name_used_before_it_was_renamed_is_told_its_new_name()
    {
        var found = Check(
            text => text.Replace("  - name: medical_fee_statements\n", "  - name: receipts\n", StringComparison.Ordinal),
            text => text.Replace("  - kind: request\n", "  - kind: disclosure\n", StringComparison.Ordinal));

        var field = Assert.Single(found, d => d.Code == "PS0804" && d.Message(Language.En).Contains("'receipts'", StringComparison.Ordinal));
        Assert.EndsWith("this name was changed to 'medical_fee_statements'", field.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains("'medical_fee_statements' に変わりました", field.Message(Language.Ja), StringComparison.Ordinal);
        var kind = Assert.Single(found, d => d.Code == "PS0804" && d.Message(Language.En).Contains("'disclosure'", StringComparison.Ordinal));
        Assert.EndsWith("this name was changed to 'request'", kind.Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_without_english_is_a_translation_error()
    {
        var found = Check(text => text.Replace("      en: Postal code\n", "", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Code == "PS0201" && d.Location.File == "forms/fields.yaml");
    }

    [Fact]
    public void A_personal_item_without_its_reason_is_reported()
    {
        var found = Check(text => text.Replace("    why:\n      ja: 内容を確かめるため、お電話することがあります。\n      en: We may call you to check the details.\n", "", StringComparison.Ordinal));
        var missing = Assert.Single(found, d => d.Code == "PS0807");
        Assert.Contains("'phone'", missing.Message(Language.En), StringComparison.Ordinal);
        Assert.Equal("forms/fields.yaml", missing.Location.File);
    }

    [Fact]
    public void A_missing_part_label_and_an_unknown_part_are_reported()
    {
        var found = Check(text => text.Replace("      - name: building\n", "      - name: bulding\n", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Code == "PS0806" && d.Message(Language.En).Contains("'building'", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Code == "PS0804" && d.Message(Language.En).Contains("'bulding'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_on_the_forms_data_must_exist()
    {
        var found = Check(editPages: text => text.Replace("  page: form-data\n", "  page: form-date\n", StringComparison.Ordinal));
        var missing = Assert.Single(found, d => d.Code == "PS0808");
        Assert.Contains("'form-date'", missing.Message(Language.En), StringComparison.Ordinal);
        Assert.Equal("forms/pages.yaml", missing.Location.File);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("postal_code")]
    [InlineData("request_kinds")]
    public void Leaving_out_a_field_the_forms_need_is_an_error_at_its_asked_line(string field)
    {
        string? text = null;
        var found = Check(t =>
        {
            text = t.Replace($"  - name: {field}\n", $"  - name: {field}\n    asked: false\n", StringComparison.Ordinal);
            return text;
        });

        var error = Assert.Single(found, d => d.Code == "PS0809");
        Assert.Equal(("forms/fields.yaml", text!.Split('\n').ToList().IndexOf("    asked: false") + 1, 12), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains($"'{field}'", error.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains("card_symbol", error.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains("省ける", error.Message(Language.Ja), StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_out_the_optional_items_the_forms_may_do_without_passes()
    {
        Assert.Empty(Check(t =>
        {
            foreach (var field in new[] { "card_symbol", "card_number", "phone", "email", "desired_response" })
            {
                t = t.Replace($"  - name: {field}\n", $"  - name: {field}\n    asked: false\n", StringComparison.Ordinal);
            }

            return t;
        }));
    }

    public void Dispose() => _folder.Dispose();
}
