namespace PrivacySite.Content.Formats;

/// <summary>A text field whose value must follow a fixed format.</summary>
public enum TextFormat
{
    PostalCode,
    Phone,
    Email,
    Url,
}
