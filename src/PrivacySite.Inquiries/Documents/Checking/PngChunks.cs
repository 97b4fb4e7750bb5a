using System.Buffers.Binary;

namespace PrivacySite.Inquiries.Documents.Checking;

/// <summary>How a PNG's chunks end: with IEND at the file's end, short of IEND (truncated), or with bytes after it.</summary>
internal enum PngEnd
{
    AtIend,
    Truncated,
    Trailing,
}

/// <summary>
/// Walks a PNG's chunks from the signature to IEND without decoding any: a file whose chunks do not add up, or that
/// goes on after IEND (a ZIP or a script appended, a polyglot), is not a plain PNG.
/// </summary>
internal static class PngChunks
{
    private const int SignatureLength = 8;

    public static PngEnd End(Stream png)
    {
        png.Position = SignatureLength;
        Span<byte> header = stackalloc byte[8];
        while (png.Position + header.Length <= png.Length)
        {
            png.ReadExactly(header);
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            var isEnd = header[4..].SequenceEqual("IEND"u8);

            // The data and its CRC.
            var next = png.Position + length + 4;
            if (length > int.MaxValue || next > png.Length)
            {
                return PngEnd.Truncated;
            }

            if (isEnd)
            {
                return next == png.Length ? PngEnd.AtIend : PngEnd.Trailing;
            }

            png.Position = next;
        }

        return PngEnd.Truncated;
    }
}
