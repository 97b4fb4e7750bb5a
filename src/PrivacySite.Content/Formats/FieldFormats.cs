namespace PrivacySite.Content.Formats;

/// <summary>
/// Which fields carry a format, by the key editors write: <c>postal_code</c>, <c>phone</c>,
/// <c>fax</c>, <c>email</c>, <c>url</c>, alone or as the end of a key (<c>desk_phone</c>).
/// Naming decides, so a field added to any content record is checked, and described in the
/// JSON Schema, without further wiring.
/// </summary>
public static class FieldFormats
{
    private static readonly (string Key, TextFormat Format)[] Suffixes =
    [
        ("postal_code", TextFormat.PostalCode),
        ("phone", TextFormat.Phone),
        ("fax", TextFormat.Phone),
        ("email", TextFormat.Email),
        ("base_url", TextFormat.SiteUrl),
        ("url", TextFormat.Url),
    ];

    public static TextFormat? For(string key)
    {
        foreach (var (suffix, format) in Suffixes)
        {
            if (key == suffix || key.EndsWith("_" + suffix, StringComparison.Ordinal))
            {
                return format;
            }
        }

        return null;
    }

    /// <summary>
    /// A looser ECMAScript pattern for the JSON Schema, so editors' tools flag plain mistakes
    /// as they type; <see cref="IsValid"/> is the authority and accepts everything this does.
    /// </summary>
    public static string SchemaPattern(TextFormat format) => format switch
    {
        TextFormat.PostalCode => $@"^\s*[0-9０-９]{{3}}[{Hyphens.Variants}]?[0-9０-９]{{4}}\s*$",
        TextFormat.Phone => $@"^\s*[0０][{Hyphens.Variants}0-9０-９]{{9,}}\s*$",
        TextFormat.Email => @"^\s*[^@＠\s]+[@＠][^@＠\s]+[.．][^@＠\s]+\s*$",
        TextFormat.Url => @"^https://[^\s""'<>\\@]+$",
        TextFormat.SiteUrl => @"^https://[^\s""'<>\\@?#]+$",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static bool IsValid(TextFormat format, string value) => format switch
    {
        TextFormat.PostalCode => JapaneseFormats.TryPostalCode(value, out _),
        TextFormat.Phone => JapaneseFormats.TryPhone(value, out _),
        TextFormat.Email => JapaneseFormats.TryEmail(value, out _),
        TextFormat.Url => WebAddress.Page(value) is not null,
        TextFormat.SiteUrl => WebAddress.Site(value) is not null,
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
