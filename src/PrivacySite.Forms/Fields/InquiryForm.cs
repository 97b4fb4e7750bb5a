using PrivacySite.Forms.Model;

namespace PrivacySite.Forms.Fields;

/// <summary>The fields of one kind of inquiry, in the order the form shows them.</summary>
public sealed class InquiryForm
{
    private readonly Dictionary<string, FieldDefinition> _byName;
    private readonly Dictionary<string, FieldDefinition> _byInput;

    public InquiryForm(InquiryKind kind, IReadOnlyList<FieldDefinition> fields)
    {
        Kind = kind;
        Fields = fields;
        _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        _byInput = fields.SelectMany(f => f.Inputs.Select(i => (i.Name, Field: f))).ToDictionary(p => p.Name, p => p.Field, StringComparer.Ordinal);
    }

    public InquiryKind Kind { get; }

    public IReadOnlyList<FieldDefinition> Fields { get; }

    public FieldDefinition this[string name] => _byName[name];

    /// <summary>The field an input name belongs to, or null for a name the form does not have.</summary>
    public FieldDefinition? FieldOfInput(string inputName) => _byInput.GetValueOrDefault(inputName);
}
