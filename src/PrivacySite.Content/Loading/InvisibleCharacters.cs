using PrivacySite.Content.Diagnostics;

namespace PrivacySite.Content.Loading;

/// <summary>
/// Finds the characters no content file needs and nobody can see: control characters other than
/// tab and line feed (NUL, C1 controls…, usually pasted in from another program) and the
/// bidirectional embeddings, overrides and isolates, which make a text display in another order
/// than it is written (U+202A–U+202E, U+2066–U+2069).
/// </summary>
internal static class InvisibleCharacters
{
    /// <summary>Reports each such character at its line and column; true when there was one.</summary>
    public static bool Report(string text, string file, DiagnosticBag diagnostics)
    {
        var found = false;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (Descriptor(c) is { } descriptor)
            {
                diagnostics.Add(descriptor, new SourceLocation(file, line, i - lineStart + 1), ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                found = true;
            }
        }

        return found;
    }

    private static DiagnosticDescriptor? Descriptor(char c) => c switch
    {
        '\t' => null,
        < ' ' or (>= '\x7F' and <= '\x9F') => DiagnosticDescriptors.ControlCharacter,
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => DiagnosticDescriptors.BidiControl,
        _ => null,
    };
}
