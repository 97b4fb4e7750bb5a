namespace PrivacySite.Theme.ViewModels.Forms;

/// <summary>
/// The request form's file input for identity documents: what it accepts (<see cref="Accept"/>, the limits the script
/// checks before sending), the documents needed for each kind of requester (site.css shows the chosen one's), the notes,
/// the error of a refused file, and the words the script shows. Every word comes from content/.
/// </summary>
public sealed record FormUploadView(
    string Id,
    string Label,
    string Mark,
    string Hint,
    string NeedsTitle,
    IReadOnlyList<UploadNeeds> Needs,
    IReadOnlyList<string> Notes,
    string? Error,
    string Progress,
    UploadLimitsView Limits)
{
    /// <summary>Only what the service takes; phones then offer their camera and convert HEIC photos to JPEG.</summary>
    public const string Accept = "application/pdf,image/jpeg,image/png";

    public string HintId => Id + "-hint";

    public string ErrorId => Id + "-error";

    public string DescribedBy => string.Join(' ', new[] { HintId, Error is null ? null : ErrorId }.OfType<string>());
}

/// <summary>The documents one kind of requester needs, under the requester choice's label.</summary>
public sealed record UploadNeeds(string Requester, string Heading, IReadOnlyList<string> Documents);

/// <summary>The limits the script checks file by file before sending, with the service's own messages for them.</summary>
public sealed record UploadLimitsView(int MaxFiles, long MaxBytes, string TooMany, string TooLarge, string WrongType);
