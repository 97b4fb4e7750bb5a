using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace PrivacySite.Inquiries.Documents;

/// <summary>
/// The name of one inquiry's set of documents: 32 lower-case hexadecimal digits from a cryptographic random source,
/// chosen by the server before the first file is stored. It names nothing about the member and is never shown to them.
/// </summary>
public readonly record struct DocumentSetId
{
    private const int Length = 32;

    private DocumentSetId(string value) => Value = value;

    public string Value { get; }

    public static DocumentSetId New() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2)));

    /// <summary>Reads a name the server wrote; anything else (a path, another length, upper case) is not one.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DocumentSetId? id)
    {
        id = text is { Length: Length } && text.All(char.IsAsciiHexDigitLower) ? new DocumentSetId(text) : null;
        return id is not null;
    }

    public override string ToString() => Value;
}
