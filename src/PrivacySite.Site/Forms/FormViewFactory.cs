using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Fields;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Text;
using PrivacySite.Inquiries.Validation;
using PrivacySite.Theme.ViewModels.Forms;

namespace PrivacySite.Site.Forms;

/// <summary>
/// Builds a form page's view from the one definition of its fields (PrivacySite.Inquiries) and
/// their words (content/forms), with the values typed so far and the errors found, so the site's
/// form pages and the intake service's error page are the same form.
/// </summary>
public sealed class FormViewFactory(FormText text)
{
    public FormPageView Build(InquiryForm form, Language language, string action, RawForm? values = null, IReadOnlyList<FieldError>? errors = null)
    {
        values ??= new RawForm(new Dictionary<string, IReadOnlyList<string>>());
        errors ??= [];
        var pages = text.Pages;
        var title = text.Title(form.Kind);
        return new FormPageView(
            title.Title[language],
            title.Intro?[language],
            action,
            pages.Error.SummaryTitle[language],
            pages.Error.TitlePrefix[language],
            [.. errors.Select(e => new ErrorSummaryItem(text.Message(e, language), "#" + TargetId(form, e)))],
            [.. form.Fields.Select(f => Field(f, language, values, errors))],
            pages.Submit[language]);
    }

    private FormFieldView Field(FieldDefinition field, Language language, RawForm values, IReadOnlyList<FieldError> errors)
    {
        var control = Control(field.Kind);
        var value = field.Kind switch
        {
            FieldKind.Language => language.Code(),
            FieldKind.Honeypot => "",
            _ => null,
        };
        var inputs = field.Inputs.Select((input, i) => new FormInputView(
            input.Name, input.Name, value ?? values.First(input.Name), input.Autocomplete, input.InputMode, input.MaxLength,
            field.Kind == FieldKind.Date ? DatePart(i, language) : null,
            field.Kind switch { FieldKind.Email => "email", FieldKind.Phone => "tel", _ => null })).ToList();
        var chosen = values[field.Name];
        var error = errors.FirstOrDefault(e => e.Field == field.Name);
        return new FormFieldView(
            field.Name,
            control,
            text.Label(field.Name, language),
            text.Hint(field.Name, language),
            field.Required || field.Condition is not null || field.IsHidden ? null : text.Pages.Optional[language],
            inputs,
            [.. field.AllowedValues.Select(v => new FormOptionView(OptionId(field.Name, v), v, text.OptionLabel(field.Name, v, language), chosen.Contains(v)))],
            error is null ? null : text.Message(error, language));
    }

    private string DatePart(int index, Language language)
    {
        var parts = text.Pages.DateParts;
        return (index switch { 0 => parts.Year, 1 => parts.Month, _ => parts.Day })[language];
    }

    /// <summary>The id of the input an error summary entry links to: the wrong input, or a choice field's first choice.</summary>
    private static string TargetId(InquiryForm form, FieldError error)
    {
        var field = error.Field is null ? null : form.FieldOfInput(error.Input);
        return field switch
        {
            null => "main",
            { Options.Count: > 0, Kind: not FieldKind.Language } => OptionId(field.Name, field.AllowedValues[0]),
            _ => error.Input,
        };
    }

    private static string OptionId(string field, string value) => $"{field}-{value}";

    private static FormControl Control(FieldKind kind) => kind switch
    {
        FieldKind.FreeText => FormControl.TextArea,
        FieldKind.Choice => FormControl.Radios,
        FieldKind.Choices => FormControl.Checkboxes,
        FieldKind.Checkbox => FormControl.Checkbox,
        FieldKind.Date => FormControl.Date,
        FieldKind.Language or FieldKind.Token => FormControl.Hidden,
        FieldKind.Honeypot => FormControl.Honeypot,
        _ => FormControl.Text,
    };
}
