namespace PrivacySite.Intake.Http;

/// <summary>
/// The check on the name a browser sends with a file. The name is never stored or logged (the server names every
/// document, <see cref="Inquiries.Documents.DocumentName"/>); a name no browser sends for a file the member chose
/// (control characters, a path, "..") marks a crafted request, and it is refused.
/// </summary>
internal static class UploadedFileName
{
    private const int MaxLength = 255;

    public static bool IsAcceptable(string name) =>
        name.Length <= MaxLength
        && !name.Any(c => char.IsControl(c) || c is '/' or '\\' || char.IsSurrogate(c) && !char.IsHighSurrogate(c) && !char.IsLowSurrogate(c))
        && !name.Contains("..", StringComparison.Ordinal);
}
