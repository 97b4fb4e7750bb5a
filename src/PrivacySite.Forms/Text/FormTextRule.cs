using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Content.Validation;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Validation;

namespace PrivacySite.Forms.Text;

/// <summary>
/// content/forms/ matches the forms in code: every field, choice and part has a label, every personal
/// item says why it is asked, every error code has a message, every kind a title; nothing names a
/// field, choice, part or code the forms do not have; and only an item the forms may do without is left out (<see cref="AskedForms"/>). (That the page on the forms' own data exists is
/// <see cref="Content.Validation.Rules.FormPrivacyPageRule"/>'s, a check of the site's pages.)
/// </summary>
public sealed class FormTextRule : IContentRule
{
    public void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var forms = content.Forms;
        CheckFields(forms.Fields.Fields, content.SourceMaps[FormsContent.FieldsFile], diagnostics);

        var messages = content.SourceMaps[FormsContent.MessagesFile];
        var codes = forms.Messages.Messages.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in ErrorCodes.All.Where(c => !codes.Contains(c)))
        {
            diagnostics.Add(DiagnosticDescriptors.FormMessageMissing, messages["messages"], missing);
        }

        ReportUnknown(forms.Messages.Messages.Select(m => m.Code), ErrorCodes.All, "messages", "error code", messages, diagnostics);

        var pages = content.SourceMaps[FormsContent.PagesFile];
        var kinds = InquiryKinds.All.Select(k => k.Slug()).ToList();
        foreach (var missing in kinds.Where(k => forms.Pages.Forms.All(f => f.Kind != k)))
        {
            diagnostics.Add(DiagnosticDescriptors.FormTitleMissing, pages["forms"], missing);
        }

        ReportUnknown(forms.Pages.Forms.Select(f => f.Kind), kinds, "forms", "kind", pages, diagnostics, FormerNames.Kinds);
    }

    private static void CheckFields(IReadOnlyList<Content.Model.Forms.FieldText> texts, SourceMap map, DiagnosticBag diagnostics)
    {
        var definitions = InquiryForms.All.SelectMany(f => f.Fields).DistinctBy(f => f.Name).ToList();
        foreach (var field in definitions)
        {
            var index = texts.ToList().FindIndex(t => t.Name == field.Name);
            if (index < 0)
            {
                diagnostics.Add(DiagnosticDescriptors.FormFieldTextMissing, map["fields"], field.Name);
                continue;
            }

            var options = texts[index].Options ?? [];
            foreach (var value in field.AllowedValues.Where(v => options.All(o => o.Value != v)))
            {
                diagnostics.Add(DiagnosticDescriptors.FormOptionTextMissing, map[$"fields[{index}]"], field.Name, value);
            }

            ReportUnknown(options.Select(o => o.Value), field.AllowedValues, $"fields[{index}].options", $"choice of '{field.Name}'", map, diagnostics);

            var parts = texts[index].Parts ?? [];
            var partNames = field.Inputs.Select(i => i.Part).OfType<string>().ToList();
            foreach (var part in partNames.Where(n => parts.All(p => p.Name != n)))
            {
                diagnostics.Add(DiagnosticDescriptors.FormPartTextMissing, map[$"fields[{index}]"], field.Name, part);
            }

            ReportUnknown(parts.Select(p => p.Name), partNames, $"fields[{index}].parts", $"part of '{field.Name}'", map, diagnostics);

            if (field.IsPersonalItem && texts[index].Why is null)
            {
                diagnostics.Add(DiagnosticDescriptors.FormWhyMissing, map[$"fields[{index}]"], field.Name);
            }

            if (texts[index].Asked == false && !field.MayBeLeftOut)
            {
                diagnostics.Add(DiagnosticDescriptors.FormFieldNeeded, map[$"fields[{index}].asked"], field.Name, string.Join(", ", AskedForms.MayBeLeftOut));
            }
        }

        ReportUnknown(texts.Select(t => t.Name), [.. definitions.Select(d => d.Name)], "fields", "field", map, diagnostics, FormerNames.Fields);
    }

    private static void ReportUnknown(
        IEnumerable<string> written, IReadOnlyList<string> known, string path, string what, SourceMap map, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, string>? formerNames = null)
    {
        var i = 0;
        foreach (var name in written)
        {
            if (!known.Contains(name))
            {
                var renamed = formerNames?.GetValueOrDefault(name) is { } now ? Phrases.RenamedTo(now) : Phrases.Nothing;
                diagnostics.Add(DiagnosticDescriptors.FormNameUnknown, map[$"{path}[{i}]"], name, what, string.Join(", ", known), renamed);
            }

            i++;
        }
    }
}
