using SkiaSharp;

namespace PrivacySite.Inquiries.Documents.Checking;

/// <summary>
/// Confirms a JPEG or PNG by decoding it whole (SkiaSharp) and re-encodes the pixels alone, so what is stored carries
/// none of the file's metadata (location, camera, comments) nor anything hidden after the picture. The size the header
/// claims is checked before decoding. A photo's orientation tag is applied to the pixels, so it still shows upright.
/// </summary>
internal static class ImageCleaner
{
    private const int JpegQuality = 90;

    public static DocumentCheck Clean(Stream file, DocumentType type)
    {
        file.Position = 0;
        using var codec = SKCodec.Create(new SKManagedStream(file, disposeManagedStream: false), out var opened);
        if (codec is null || opened != SKCodecResult.Success)
        {
            return new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileDamaged);
        }

        if (codec.EncodedFormat != (type == DocumentType.Jpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png))
        {
            return new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileType);
        }

        var size = codec.Info;
        if (size.Width <= 0 || size.Height <= 0 || (long)size.Width * size.Height > UploadLimits.MaxPixels)
        {
            return new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileTooManyPixels);
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, type == DocumentType.Png ? SKAlphaType.Unpremul : SKAlphaType.Opaque);
        using var decoded = new SKBitmap(info);

        // Anything short of the whole picture (IncompleteInput: a truncated file) is refused.
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
        {
            return new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileDamaged);
        }

        using var upright = Upright(decoded, codec.EncodedOrigin);
        var encoded = (upright ?? decoded).Encode(type == DocumentType.Jpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, JpegQuality);
        return encoded is null
            ? new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileDamaged)
            : new DocumentCheck.Accepted(type, encoded.AsStream(streamDisposesData: true));
    }

    /// <summary>The pixels turned as the orientation tag says; null when they are upright already.</summary>
    private static SKBitmap? Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return null;
        }

        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (w, h) = (bitmap.Width, bitmap.Height);
        var turned = new SKBitmap(new SKImageInfo(swaps ? h : w, swaps ? w : h, bitmap.ColorType, bitmap.AlphaType));
        using var canvas = new SKCanvas(turned);
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        };
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return turned;
    }
}
