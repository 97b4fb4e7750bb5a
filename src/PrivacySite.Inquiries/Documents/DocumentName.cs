using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PrivacySite.Inquiries.Documents;

/// <summary>The types of document accepted, as decided from the bytes (never from a name or a declared type).</summary>
public enum DocumentType
{
    Pdf,
    Jpeg,
    Png,
}

/// <summary>
/// A document's name inside its set, chosen by the server: its position and its type, such as <c>2.jpg</c>.
/// What the sender called the file is never stored, so no name can carry a path, control characters or personal data.
/// </summary>
public readonly record struct DocumentName
{
    /// <summary>The most documents one submission may carry.</summary>
    public const int MaxCount = Forms.Fields.DocumentUpload.MaxFiles;

    private DocumentName(int number, DocumentType type)
    {
        Number = number;
        Type = type;
    }

    /// <summary>1 for the first file of the submission.</summary>
    public int Number { get; }

    public DocumentType Type { get; }

    public string Value => Number.ToString(CultureInfo.InvariantCulture) + "." + Extension(Type);

    /// <summary>The media type the document is served with.</summary>
    public string ContentType => Type switch
    {
        DocumentType.Pdf => "application/pdf",
        DocumentType.Jpeg => "image/jpeg",
        _ => "image/png",
    };

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not 1 to <see cref="MaxCount"/>.</exception>
    public static DocumentName For(int number, DocumentType type) =>
        number is >= 1 and <= MaxCount ? new DocumentName(number, type) : throw new ArgumentOutOfRangeException(nameof(number));

    /// <summary>Reads a name the server wrote ("1.pdf" to "5.png"); anything else is not one.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DocumentName? name)
    {
        name = null;
        if (text is not { Length: >= 5 and <= 5 } || text[1] != '.' || text[0] is < '1' or > (char)('0' + MaxCount))
        {
            return false;
        }

        DocumentType? type = text[2..] switch
        {
            "pdf" => DocumentType.Pdf,
            "jpg" => DocumentType.Jpeg,
            "png" => DocumentType.Png,
            _ => null,
        };
        name = type is { } found ? new DocumentName(text[0] - '0', found) : null;
        return name is not null;
    }

    public override string ToString() => Value;

    private static string Extension(DocumentType type) => type switch
    {
        DocumentType.Pdf => "pdf",
        DocumentType.Jpeg => "jpg",
        _ => "png",
    };
}
