namespace PrivacySite.Inquiries.Documents.Checking;

/// <summary>What one submission may carry: how many files, how large each, how many pixels an image may decode to.</summary>
public static class UploadLimits
{
    public const int MaxFiles = Forms.Fields.DocumentUpload.MaxFiles;

    public const long MaxFileBytes = Forms.Fields.DocumentUpload.MaxFileBytes;

    /// <summary>
    /// 40 million pixels (a 48-megapixel phone photo is usually saved at 12): read from the header before anything is decoded,
    /// so a small file that claims a huge picture (a decompression bomb) is refused without spending the memory.
    /// </summary>
    public const long MaxPixels = 40_000_000;
}
