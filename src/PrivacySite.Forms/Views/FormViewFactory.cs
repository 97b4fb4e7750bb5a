using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Notice;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Text;
using PrivacySite.Forms.Validation;
using PrivacySite.Theme.ViewModels.Forms;

namespace PrivacySite.Forms.Views;

/// <summary>
/// Builds a form page's view from the one definition of its fields (PrivacySite.Inquiries) and
/// their words (content/forms), with the values typed so far and the errors found, so the site's
/// form pages and the intake service's error page are the same form. A field with a condition is
/// placed under the field it depends on, in a group its choices reveal.
/// </summary>
/// <param name="pagePath">The link to a site page by slug and language (for the page on the forms' data).</param>
/// <param name="identity">The documents each kind of requester needs (notice/requests.yaml), listed by the request form's file input.</param>
public sealed class FormViewFactory(FormText text, Func<string, Language, string> pagePath, IdentityDocuments? identity = null)
{
    private readonly FormText _text = text;

    public FormPageView Build(InquiryForm form, Language language, string action, RawForm? values = null, IReadOnlyList<FieldError>? errors = null)
    {
        values ??= new RawForm(new Dictionary<string, IReadOnlyList<string>>());
        errors ??= [];
        var pages = _text.Pages;
        var title = _text.Title(form.Kind);
        var fields = new FieldViews(this, form, language, values, errors);
        return new FormPageView(
            title.Title[language],
            title.Intro?[language],
            new FormPrivacyNote(pages.Privacy.Text[language], pages.Privacy.Link[language], pagePath(pages.Privacy.Page, language)),
            action,
            pages.Error.SummaryTitle[language],
            pages.Error.TitlePrefix[language],
            [.. errors.Select(e => new ErrorSummaryItem(_text.Message(e, language), "#" + TargetId(form, e)))],
            [.. form.Fields.Where(f => f.Condition is null).Select(fields.View)],
            pages.Submit[language],
            Upload: Upload(form, language, errors));
    }

    /// <summary>The request form's file input, when content/forms has its words; the first problem with the files is its error.</summary>
    private FormUploadView? Upload(InquiryForm form, Language language, IReadOnlyList<FieldError> errors)
    {
        if (form.Kind != InquiryKind.Request || _text.Pages.Upload is not { } upload || identity is null)
        {
            return null;
        }

        var error = errors.FirstOrDefault(e => e.Input == DocumentUpload.Input);
        var requesters = form.Fields.First(f => f.Name == InquiryForms.RequesterField).AllowedValues;
        return new FormUploadView(
            DocumentUpload.Input,
            upload.Label[language],
            _text.Pages.Optional[language],
            upload.Hint[language],
            upload.NeedsTitle[language],
            [.. requesters.Select(r => new UploadNeeds(r, _text.OptionLabel(InquiryForms.RequesterField, r, language), [.. identity.For(r).Select(d => d[language])]))],
            [.. upload.Notes.Select(n => n[language])],
            error is null ? null : _text.Message(error, language),
            upload.Progress[language],
            new UploadLimitsView(DocumentUpload.MaxFiles, DocumentUpload.MaxFileBytes,
                _text.Message(ErrorCodes.TooManyFiles, language), _text.Message(ErrorCodes.FileTooLarge, language), _text.Message(ErrorCodes.FileType, language)));
    }

    /// <summary>The views of one form's fields for one request: each field with the groups of fields its choices reveal.</summary>
    private sealed class FieldViews(FormViewFactory factory, InquiryForm form, Language language, RawForm values, IReadOnlyList<FieldError> errors)
    {
        private FormText Text => factory._text;

        public FormFieldView View(FieldDefinition field)
        {
            var groups = form.Fields
                .Where(f => f.Condition?.Field == field.Name)
                .GroupBy(f => string.Join(' ', f.Condition!.AnyOf))
                .Select((g, i) => (Number: i + 1, When: g.First().Condition!.AnyOf, Fields: g.ToList()))
                .ToList();
            if (groups.Count > ConditionalGroup.MaxPerField)
            {
                throw new InvalidOperationException($"'{field.Name}' reveals {groups.Count} groups of fields; the theme shows at most {ConditionalGroup.MaxPerField}");
            }

            var chosen = values[field.Name];
            var error = errors.FirstOrDefault(e => e.Field == field.Name);
            return new FormFieldView(
                field.Name,
                Control(field.Kind),
                Text.Label(field.Name, language),
                Text.Hint(field.Name, language),
                Text.Field(field.Name)?.Why?[language],
                Mark(field),
                Inputs(field, error),
                [.. field.AllowedValues.Select(v => new FormOptionView(
                    OptionId(field.Name, v), v, Text.OptionLabel(field.Name, v, language), chosen.Contains(v),
                    string.Join(' ', groups.Where(g => g.When.Contains(v)).Select(g => g.Number)) is { Length: > 0 } reveals ? reveals : null))],
                error is null ? null : Text.Message(error, language),
                [.. groups.Select(g => new ConditionalGroup(g.Number, [.. g.Fields.Select(View)]))]);
        }

        /// <summary>
        /// ※必須 on required fields of Japanese forms, ※任意 / "(optional)" on optional ones in both, and on a contact
        /// field needed only for one way of answering, the mark saying so (required_if_chosen); none on
        /// hidden fields, nor on a lone checkbox that is not required (it is a choice, not a question).
        /// </summary>
        private FieldMark? Mark(FieldDefinition field) => field switch
        {
            { IsHidden: true } => null,
            { Required: true } => language == Language.Ja ? new FieldMark(Text.Pages.Required.Ja, Required: true) : null,
            { RequiredWhen: not null } => new FieldMark(Text.Pages.RequiredIfChosen[language], Required: false),
            { Kind: FieldKind.Checkbox } => null,
            _ => Optional,
        };

        private FieldMark Optional => new(Text.Pages.Optional[language], Required: false);

        private List<FormInputView> Inputs(FieldDefinition field, FieldError? error)
        {
            var invalid = InvalidInputs(field, error);
            var fixedValue = field.Kind switch
            {
                FieldKind.Language => language.Code(),
                FieldKind.Honeypot => "",
                _ => null,
            };
            var parts = Text.Field(field.Name)?.Parts ?? [];
            return [.. field.Inputs.Select(input => new FormInputView(
                input.Name, input.Name, fixedValue ?? values.First(input.Name), input.Autocomplete, input.InputMode, input.MaxLength,
                parts.FirstOrDefault(p => p.Name == input.Part)?.Label[language],
                field.Kind switch { FieldKind.Email => "email", FieldKind.Phone => "tel", _ => null },
                input.Optional ? Optional : null,
                InputSizes.Of(field.Kind, input),
                invalid.Contains(input.Name)))];
        }
    }

    /// <summary>
    /// The inputs a field's error is about: the wrong part of a date or an address (never the optional
    /// building line or a correct part), every required part when nothing was filled in, or the field's one input.
    /// </summary>
    private static HashSet<string> InvalidInputs(FieldDefinition field, FieldError? error) => error switch
    {
        null => [],
        { Code: ErrorCodes.Required } => [.. field.Inputs.Where(i => !i.Optional).Select(i => i.Name)],
        _ when field.Inputs.Any(i => i.Name == error.Input) => [error.Input],
        _ => [.. field.Inputs.Select(i => i.Name)],
    };

    /// <summary>The id of the input an error summary entry links to: the wrong input, or a choice field's first choice.</summary>
    private static string TargetId(InquiryForm form, FieldError error)
    {
        var field = error.Field is null ? null : form.FieldOfInput(error.Input);
        return field switch
        {
            null when error.Input == DocumentUpload.Input && form.Kind == InquiryKind.Request => DocumentUpload.Input,
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
        FieldKind.Address => FormControl.Address,
        FieldKind.Language or FieldKind.Token => FormControl.Hidden,
        FieldKind.Honeypot => FormControl.Honeypot,
        _ => FormControl.Text,
    };
}
