using System.Globalization;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Validation;

namespace PrivacySite.Forms.Text;

/// <summary>
/// The forms' words from content/forms/: field labels, hints, choice labels and error messages
/// in both languages. <see cref="FormTextRule"/> makes sure every one the code asks for exists.
/// </summary>
public sealed class FormText
{
    private readonly Dictionary<string, FieldText> _fields;
    private readonly Dictionary<string, LocalizedText> _messages;
    private readonly Dictionary<string, FormTitle> _titles;

    public FormText(FormsContent content)
    {
        Content = content;
        _fields = content.Fields.Fields.DistinctBy(f => f.Name).ToDictionary(f => f.Name, StringComparer.Ordinal);
        _messages = content.Messages.Messages.DistinctBy(m => m.Code).ToDictionary(m => m.Code, m => m.Text, StringComparer.Ordinal);
        _titles = content.Pages.Forms.DistinctBy(f => f.Kind).ToDictionary(f => f.Kind, StringComparer.Ordinal);
    }

    public FormsContent Content { get; }

    public FormPages Pages => Content.Pages;

    public FieldText? Field(string name) => _fields.GetValueOrDefault(name);

    public string Label(string field, Language language) => _fields.TryGetValue(field, out var text) ? text.Label[language] : field;

    public string? Hint(string field, Language language) => Field(field)?.Hint?[language];

    /// <summary>What the messages call a field: its <c>message_name</c>, or its label.</summary>
    public string MessageName(string field, Language language) =>
        _fields.TryGetValue(field, out var text) ? (text.MessageName ?? text.Label)[language] : field;

    public string OptionLabel(string field, string value, Language language) =>
        Field(field)?.Options?.FirstOrDefault(o => o.Value == value)?.Label[language] ?? value;

    public FormTitle Title(InquiryKind kind) => _titles[kind.Slug()];

    /// <summary>The error's message in one language, with the field's label and the limit filled in.</summary>
    public string Message(FieldError error, Language language) => Message(error.Code, language, error.Field, error.Max);

    public string Message(string code, Language language, string? field = null, int? max = null)
    {
        var template = _messages.TryGetValue(code, out var text) ? text[language] : code;
        return template
            .Replace("{label}", field is null ? "" : MessageName(field, language), StringComparison.Ordinal)
            .Replace("{max}", max?.ToString(CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal);
    }
}
