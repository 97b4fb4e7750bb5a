namespace PrivacySite.Forms.Fields;

/// <summary>The request form's file input for identity documents: its name and how many files of what size it takes.</summary>
public static class DocumentUpload
{
    /// <summary>The input's name (and id), which the intake service reads the files from.</summary>
    public const string Input = "documents";

    public const int MaxFiles = 5;

    public const long MaxFileBytes = 10L * 1024 * 1024;
}
