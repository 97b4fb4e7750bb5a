using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Formats;
using PrivacySite.Content.Loading;

namespace PrivacySite.Content.Validation.Rules;

/// <summary>Postal codes, phone numbers, e-mail and web addresses are written so that people (and links) can use them.</summary>
internal sealed class FormatRule : RecordRule
{
    public override void Check(object model, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var (path, text) in ModelWalker.Find<string>(model))
        {
            if (FieldFormats.For(LastKey(path)) is { } format && !FieldFormats.IsValid(format, text))
            {
                diagnostics.Add(Descriptor(format), map[path], text, format == TextFormat.SiteUrl ? Phrases.NoQueryOrFragment : Phrases.Nothing);
            }
        }
    }

    private static DiagnosticDescriptor Descriptor(TextFormat format) => format switch
    {
        TextFormat.PostalCode => DiagnosticDescriptors.InvalidPostalCode,
        TextFormat.Phone => DiagnosticDescriptors.InvalidPhone,
        TextFormat.Email => DiagnosticDescriptors.InvalidEmail,
        TextFormat.Url or TextFormat.SiteUrl => DiagnosticDescriptors.InvalidUrl,
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>"handler.postal_code" → "postal_code"; list items ("phones[0]") have no key of their own.</summary>
    private static string LastKey(string path) =>
        path.EndsWith(']') ? "" : path[(path.LastIndexOf('.') + 1)..];
}
