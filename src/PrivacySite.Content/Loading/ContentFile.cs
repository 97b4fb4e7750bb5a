using System.Text;
using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Content.Loading;

/// <summary>
/// Reads an editor's file as strict UTF-8 with Unix line ends. A file saved in another
/// encoding (Shift_JIS is the usual one) is reported rather than read as garbled text, and so is
/// a file holding characters nobody can see (<see cref="InvisibleCharacters"/>).
/// </summary>
internal static class ContentFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? ReadText(string fullPath, string file, DiagnosticBag diagnostics)
    {
        try
        {
            var text = StrictUtf8.GetString(File.ReadAllBytes(fullPath)).TrimStart('\uFEFF').Replace("\r\n", "\n");
            return InvisibleCharacters.Report(text, file, diagnostics) ? null : text;
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(DiagnosticDescriptors.FileUnreadable, new SourceLocation(file, 1, 1), Phrases.NotUtf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticDescriptors.FileUnreadable, new SourceLocation(file), e.Message);
        }

        return null;
    }
}
