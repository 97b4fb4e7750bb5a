using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;

namespace PrivacySite.Forms.Validation.Rules;

/// <summary>
/// Which JSON shapes a field takes besides text: true/false for a checkbox, an array for checkboxes,
/// a number for a part of a date. Anything else (a name sent as true or 12345) would be stored as
/// text nobody typed, so it is refused.
/// </summary>
internal static class ShapeRule
{
    public static bool Accepts(FieldKind kind, RawValueShape shape) => shape switch
    {
        RawValueShape.Text => true,
        RawValueShape.TrueOrFalse => kind == FieldKind.Checkbox,
        RawValueShape.List => kind == FieldKind.Choices,
        RawValueShape.Number => kind == FieldKind.Date,
        _ => false,
    };
}
