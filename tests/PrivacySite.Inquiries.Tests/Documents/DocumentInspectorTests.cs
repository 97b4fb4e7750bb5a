using System.Text;
using PrivacySite.Forms.Validation;
using PrivacySite.Inquiries.Documents;
using PrivacySite.Inquiries.Documents.Checking;
using SkiaSharp;

namespace PrivacySite.Inquiries.Tests.Documents;

/// <summary>The byte checks on plain files and on the hostile corpus (<see cref="UploadSamples"/>): the type comes from the bytes, never the name.</summary>
public sealed class DocumentInspectorTests
{
    public static TheoryData<string, string> Hostile => UploadSamples.HostileCases();

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_file_is_refused_for_its_reason(string sample, string code)
    {
        var bytes = UploadSamples.Make(sample);

        var check = DocumentInspector.Check(new MemoryStream(bytes));

        Assert.Equal(code, Assert.IsType<DocumentCheck.Refused>(check).Code);
    }

    [Fact]
    public void A_pdf_is_taken_as_it_came()
    {
        var pdf = UploadSamples.Pdf();

        var check = Assert.IsType<DocumentCheck.Accepted>(DocumentInspector.Check(new MemoryStream(pdf)));

        Assert.Equal(DocumentType.Pdf, check.Type);
        Assert.Equal(pdf, ReadAll(check.Content));
    }

    [Theory]
    [InlineData(DocumentType.Jpeg)]
    [InlineData(DocumentType.Png)]
    public void A_picture_is_decoded_and_stored_re_encoded_as_the_same_type(DocumentType type)
    {
        var bytes = type == DocumentType.Jpeg ? UploadSamples.Jpeg(80, 60) : UploadSamples.Png(80, 60);

        var check = Assert.IsType<DocumentCheck.Accepted>(DocumentInspector.Check(new MemoryStream(bytes)));

        Assert.Equal(type, check.Type);
        using var stored = SKBitmap.Decode(ReadAll(check.Content));
        Assert.Equal((80, 60), (stored.Width, stored.Height));
        // The navy block of the top left corner is still there: the pixels are the picture's.
        Assert.True(stored.GetPixel(5, 5).Blue > 100 && stored.GetPixel(5, 5).Red < 60, $"pixel {stored.GetPixel(5, 5)}");
        Assert.True(stored.GetPixel(70, 50).Red > 200, $"pixel {stored.GetPixel(70, 50)}");
    }

    [Fact]
    public void A_photos_metadata_is_gone_and_its_orientation_is_applied_to_the_pixels()
    {
        var photo = UploadSamples.JpegWithExif(80, 60);
        Assert.Contains(UploadSamples.SecretInMetadata, Encoding.ASCII.GetString(photo));

        var check = Assert.IsType<DocumentCheck.Accepted>(DocumentInspector.Check(new MemoryStream(photo)));

        var stored = ReadAll(check.Content);
        Assert.DoesNotContain(UploadSamples.SecretInMetadata, Encoding.ASCII.GetString(stored));
        Assert.DoesNotContain("Exif", Encoding.ASCII.GetString(stored));
        using var codec = SKCodec.Create(new MemoryStream(stored));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        // Turned a quarter to the right: 80 × 60 becomes 60 × 80, and the navy corner moves to the top right.
        Assert.Equal((60, 80), (codec.Info.Width, codec.Info.Height));
        using var bitmap = SKBitmap.Decode(stored);
        Assert.True(bitmap.GetPixel(55, 5).Blue > 100 && bitmap.GetPixel(55, 5).Red < 60, $"pixel {bitmap.GetPixel(55, 5)}");
        Assert.True(bitmap.GetPixel(5, 5).Red > 200, $"pixel {bitmap.GetPixel(5, 5)}");
    }

    [Fact]
    public void A_picture_of_exactly_the_pixel_limit_is_taken_and_one_more_row_is_not()
    {
        // The check reads the header alone: a picture over the limit is refused whatever its bytes compress to.
        Assert.IsType<DocumentCheck.Accepted>(DocumentInspector.Check(new MemoryStream(UploadSamples.Png(8000, 5000))));
        Assert.Equal(ErrorCodes.FileTooManyPixels, Assert.IsType<DocumentCheck.Refused>(DocumentInspector.Check(new MemoryStream(UploadSamples.Png(8000, 5001)))).Code);
    }

    [Fact]
    public void The_declared_name_plays_no_part_a_pdf_is_a_pdf_and_a_picture_a_picture()
    {
        // The inspector sees only bytes: there is nothing else to pass it.
        Assert.Equal(DocumentType.Png, Assert.IsType<DocumentCheck.Accepted>(DocumentInspector.Check(new MemoryStream(UploadSamples.Png()))).Type);
        Assert.Equal(DocumentType.Jpeg, Assert.IsType<DocumentCheck.Accepted>(DocumentInspector.Check(new MemoryStream(UploadSamples.Jpeg()))).Type);
        Assert.Equal(ErrorCodes.FileType, Assert.IsType<DocumentCheck.Refused>(DocumentInspector.Check(new MemoryStream([]))).Code);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
