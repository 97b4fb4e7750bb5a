namespace PrivacySite.Content.Formats;

/// <summary>A text field whose value must follow a fixed format.</summary>
public enum TextFormat
{
    PostalCode,
    Phone,
    Email,
    Url,

    /// <summary>The address a site is published at (<c>base_url</c>): a <see cref="Url"/> without query or fragment.</summary>
    SiteUrl,
}
