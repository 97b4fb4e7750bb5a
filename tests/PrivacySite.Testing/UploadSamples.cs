using System.Text;
using PrivacySite.Forms.Validation;
using SkiaSharp;

namespace PrivacySite.Testing;

/// <summary>
/// Files to upload, made here from their parts so each test shows what is in them: plain pictures and PDFs as phones
/// and scanners send them, and the hostile corpus (wrong signature, polyglots, truncated pictures, decompression bombs,
/// PDFs with JavaScript or an embedded file, oversize files).
/// </summary>
public static class UploadSamples
{
    /// <summary>The hostile corpus: each sample's name (a method of this class) and the error code it must be refused with.</summary>
    public static IReadOnlyList<(string Sample, string Code)> Hostile { get; } =
    [
        (nameof(HtmlNamedAsJpeg), ErrorCodes.FileType),
        (nameof(JpegWithPdfHeader), ErrorCodes.FileMixed),
        (nameof(PngWithZipAppended), ErrorCodes.FileMixed),
        (nameof(PdfWithZipAppended), ErrorCodes.FileMixed),
        (nameof(TruncatedJpeg), ErrorCodes.FileDamaged),
        (nameof(TruncatedPng), ErrorCodes.FileDamaged),
        (nameof(PngBomb), ErrorCodes.FileTooManyPixels),
        (nameof(PdfWithOpenActionJavaScript), ErrorCodes.FileActiveContent),
        (nameof(PdfWithEscapedNamesJavaScript), ErrorCodes.FileActiveContent),
        (nameof(PdfWithEmbeddedFile), ErrorCodes.FileActiveContent),
        (nameof(OversizePdf), ErrorCodes.FileTooLarge),
    ];

    /// <summary><see cref="Hostile"/> as a theory's data.</summary>
    public static TheoryData<string, string> HostileCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (sample, code) in Hostile)
        {
            data.Add(sample, code);
        }

        return data;
    }

    /// <summary>The bytes of the sample named <paramref name="sample"/> (one of <see cref="Hostile"/>), made with its defaults.</summary>
    public static byte[] Make(string sample)
    {
        var method = typeof(UploadSamples).GetMethod(sample) ?? throw new ArgumentException($"no sample '{sample}'", nameof(sample));
        return (byte[])method.Invoke(null, [.. method.GetParameters().Select(p => p.DefaultValue)])!;
    }

    /// <summary>Text in a photo's metadata that must never reach the store (a location, as a phone writes one).</summary>
    public const string SecretInMetadata = "GPS 35.6812N 139.7671E";

    public static byte[] Jpeg(int width = 64, int height = 48) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    public static byte[] Png(int width = 64, int height = 48) => Encode(width, height, SKEncodedImageFormat.Png);

    /// <summary>A JPEG of <paramref name="width"/> × <paramref name="height"/> with an Exif block: orientation 6 (turn right) and <see cref="SecretInMetadata"/>.</summary>
    public static byte[] JpegWithExif(int width = 64, int height = 48)
    {
        var description = Encoding.ASCII.GetBytes(SecretInMetadata + "\0");
        var tiff = new List<byte>();
        tiff.AddRange("MM"u8.ToArray());
        tiff.AddRange(new byte[] { 0, 42, 0, 0, 0, 8 });
        tiff.AddRange(new byte[] { 0, 2 });
        // ImageDescription (ASCII), its text after the directory.
        var textOffset = 8 + 2 + (2 * 12) + 4;
        tiff.AddRange(new byte[] { 0x01, 0x0E, 0, 2 });
        tiff.AddRange(BigEndian(description.Length));
        tiff.AddRange(BigEndian(textOffset));
        // Orientation (SHORT) = 6.
        tiff.AddRange(new byte[] { 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0 });
        tiff.AddRange(new byte[] { 0, 0, 0, 0 });
        tiff.AddRange(description);
        var app1 = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[] { 0xFF, 0xE1, (byte)((app1.Length + 2) >> 8), (byte)(app1.Length + 2) }.Concat(app1);
        var jpeg = Jpeg(width, height);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>A one-page PDF, written object by object with a correct cross-reference table; <paramref name="catalogExtra"/> and <paramref name="extraObjects"/> add to it.</summary>
    public static byte[] Pdf(string catalogExtra = "", params string[] extraObjects)
    {
        string[] objects =
        [
            $"<< /Type /Catalog /Pages 2 0 R {catalogExtra}>>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
            "<< /Length 20 >>\nstream\n0 0 m 100 100 l S\n\nendstream",
            .. extraObjects,
        ];
        var text = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(text.ToString()));
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(text.ToString());
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append($"{offset:D10} 00000 n \n");
        }

        text.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A PDF that runs JavaScript when opened (OpenAction).</summary>
    public static byte[] PdfWithOpenActionJavaScript() => Pdf("/OpenAction 5 0 R ", "<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>");

    /// <summary>A PDF with document-level JavaScript in its name tree, the name written with a #-escape (/J#61vaScript) that a plain byte search misses.</summary>
    public static byte[] PdfWithEscapedNamesJavaScript() => Pdf("/Names << /J#61vaScript 5 0 R >> ", "<< /Names [(x) 6 0 R] >>", "<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>");

    /// <summary>A PDF carrying a file (an embedded files name tree).</summary>
    public static byte[] PdfWithEmbeddedFile() => Pdf("/Names << /EmbeddedFiles 5 0 R >> ",
        "<< /Names [(a.exe) 6 0 R] >>", "<< /Type /Filespec /F (a.exe) /EF << /F 7 0 R >> >>", "<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream");

    /// <summary>A PDF with a ZIP archive appended after its end (a PDF/ZIP polyglot).</summary>
    public static byte[] PdfWithZipAppended() => [.. Pdf(), .. ZipEnd()];

    /// <summary>A PNG with a ZIP archive appended after IEND (a PNG/ZIP polyglot).</summary>
    public static byte[] PngWithZipAppended() => [.. Png(), .. ZipEnd()];

    /// <summary>A JPEG whose comment segment holds a PDF header within its first kilobyte, so PDF readers open it as a PDF too.</summary>
    public static byte[] JpegWithPdfHeader()
    {
        var comment = Encoding.ASCII.GetBytes("%PDF-1.4 1 0 obj << >> endobj");
        var jpeg = Jpeg();
        byte[] segment = [0xFF, 0xFE, (byte)((comment.Length + 2) >> 8), (byte)(comment.Length + 2), .. comment];
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>A file named as a picture that is a web page (the wrong signature for its name and declared type).</summary>
    public static byte[] HtmlNamedAsJpeg() => "<!doctype html><script>alert(1)</script>"u8.ToArray();

    /// <summary>The first half of a real JPEG: its header is fine, the picture breaks off.</summary>
    public static byte[] TruncatedJpeg(int width = 400, int height = 300)
    {
        var jpeg = Noise(width, height, SKEncodedImageFormat.Jpeg);
        return jpeg[..(jpeg.Length / 2)];
    }

    /// <summary>The first half of a real PNG.</summary>
    public static byte[] TruncatedPng()
    {
        var png = Noise(200, 150, SKEncodedImageFormat.Png);
        return png[..(png.Length / 2)];
    }

    /// <summary>A PNG of a few hundred bytes whose header claims 20000 × 20000 pixels (400 million, 1.6 GB decoded): a decompression bomb.</summary>
    public static byte[] PngBomb()
    {
        var png = Png(1, 1);
        // IHDR's width and height are the first 8 bytes of its data, at offset 16; its CRC follows the 13 data bytes.
        BigEndian(20000).CopyTo(png, 16);
        BigEndian(20000).CopyTo(png, 20);
        BigEndian((int)Crc32(png.AsSpan(12, 17))).CopyTo(png, 29);
        return png;
    }

    /// <summary>A valid PDF padded past 10 MB with a comment after its header.</summary>
    public static byte[] OversizePdf() => [.. "%PDF-1.7\n%"u8.ToArray(), .. new byte[10 * 1024 * 1024], .. Pdf()[9..]];

    /// <summary>A JPEG of random pixels, which compresses badly: a photo-sized file from a small picture.</summary>
    public static byte[] Noise(int width, int height, SKEncodedImageFormat format)
    {
        var random = new Random(width * 31 + height);
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var pixels = new byte[width * height * 4];
        random.NextBytes(pixels);
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var data = bitmap.Encode(format, 100);
        return data.ToArray();
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.Navy };
            canvas.DrawRect(0, 0, width / 2f, height / 3f, paint);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    // An empty ZIP archive: just its end-of-central-directory record.
    private static byte[] ZipEnd() => [0x50, 0x4B, 0x05, 0x06, .. new byte[18]];

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
