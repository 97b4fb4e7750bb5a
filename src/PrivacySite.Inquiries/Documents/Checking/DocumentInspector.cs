namespace PrivacySite.Inquiries.Documents.Checking;

/// <summary>
/// Decides what a file is from its bytes alone, never from its name or its declared type: its signature says which
/// type it claims to be, and a real parse must agree (the picture decodes whole, the PDF opens). Pictures come out
/// re-encoded without metadata; PDFs as they came, once free of scripts and embedded files. A file that is also another
/// type (a polyglot) is refused.
/// </summary>
public static class DocumentInspector
{
    /// <param name="file">The whole file, seekable (the intake's temp copy); left open.</param>
    public static DocumentCheck Check(Stream file)
    {
        if (file.Length > UploadLimits.MaxFileBytes)
        {
            return new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileTooLarge);
        }

        var window = new byte[(int)Math.Min(file.Length, Signatures.PdfHeaderWindow)];
        file.Position = 0;
        file.ReadExactly(window);
        return Signatures.TypeOf(window) switch
        {
            DocumentType.Pdf => PdfInspector.Check(file),
            DocumentType.Jpeg when !Signatures.HoldsPdfHeader(window) => ImageCleaner.Clean(file, DocumentType.Jpeg),
            DocumentType.Png when !Signatures.HoldsPdfHeader(window) => PngChunks.End(file) switch
            {
                PngEnd.AtIend => ImageCleaner.Clean(file, DocumentType.Png),
                PngEnd.Truncated => new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileDamaged),
                _ => new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileMixed),
            },
            DocumentType.Jpeg or DocumentType.Png => new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileMixed),
            _ => new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileType),
        };
    }
}
