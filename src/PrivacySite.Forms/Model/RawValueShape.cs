namespace PrivacySite.Forms.Model;

/// <summary>
/// How a value was sent. A form post only ever sends text; JSON can also send numbers, true/false
/// and arrays, which are turned into text for checking, so the shape is kept to refuse the wrong one.
/// </summary>
public enum RawValueShape
{
    Text,
    Number,
    TrueOrFalse,
    List,
}
