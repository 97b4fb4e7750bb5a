namespace PrivacySite.Inquiries.Documents.Checking;

/// <summary>The first bytes of each accepted type: the type is decided from these, then confirmed by a real parse.</summary>
internal static class Signatures
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>How many leading bytes <see cref="TypeOf"/> needs to see.</summary>
    public const int Length = 8;

    /// <summary>
    /// How far into a file PDF readers look for the PDF header: a picture with one there opens as a PDF too (a polyglot).
    /// </summary>
    public const int PdfHeaderWindow = 1024;

    public static DocumentType? TypeOf(ReadOnlySpan<byte> head) =>
        head.StartsWith(Pdf) ? DocumentType.Pdf
        : head.StartsWith(Jpeg) ? DocumentType.Jpeg
        : head.StartsWith(Png) ? DocumentType.Png
        : null;

    /// <summary>True when <paramref name="window"/> (a file's first bytes) holds a PDF header anywhere.</summary>
    public static bool HoldsPdfHeader(ReadOnlySpan<byte> window) => window.IndexOf(Pdf) >= 0;
}
