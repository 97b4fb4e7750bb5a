using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace PrivacySite.Inquiries.Documents.Checking;

/// <summary>
/// Confirms a PDF by opening it (PdfPig) and reading every object it lists, and refuses one that can run code or carries
/// files: JavaScript (document, page or annotation actions, OpenAction), launch actions, embedded or attached files,
/// rich media. The raw bytes are searched for the same names too, for objects the parser does not list. A file that goes
/// on after its last %%EOF (a ZIP appended, a polyglot) is refused as well.
/// </summary>
internal static class PdfInspector
{
    /// <summary>Dictionary keys that hold code or files.</summary>
    private static readonly HashSet<string> ActiveKeys = new(StringComparer.Ordinal) { "JS", "JavaScript", "EmbeddedFiles", "EF", "RichMediaContent", "RichMediaSettings" };

    /// <summary>Name values that mark an action running code or a file carried inside.</summary>
    private static readonly HashSet<string> ActiveNames = new(StringComparer.Ordinal) { "JavaScript", "Launch", "EmbeddedFile", "FileAttachment", "RichMedia" };

    private const int TailWindow = 64 * 1024;

    public static DocumentCheck Check(Stream file)
    {
        if (!EndsAtEof(file))
        {
            return new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileMixed);
        }

        if (RawBytesName(file))
        {
            return new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileActiveContent);
        }

        try
        {
            file.Position = 0;
            using var document = PdfDocument.Open(file, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages < 1 || document.IsEncrypted)
            {
                return new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileDamaged);
            }

            var seen = new HashSet<IToken>(ReferenceEqualityComparer.Instance);
            var roots = new List<IToken> { document.Structure.Catalog.CatalogDictionary };
            foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
            {
                roots.Add(document.Structure.GetObject(reference).Data);
            }

            if (roots.Any(token => IsActive(token, seen)))
            {
                return new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileActiveContent);
            }
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException
                                      or NullReferenceException or InvalidCastException or KeyNotFoundException or FormatException or IOException or OverflowException)
        {
            return new DocumentCheck.Refused(Forms.Validation.ErrorCodes.FileDamaged);
        }

        file.Position = 0;
        return new DocumentCheck.Accepted(DocumentType.Pdf, file);
    }

    private static bool IsActive(IToken token, HashSet<IToken> seen)
    {
        if (!seen.Add(token))
        {
            return false;
        }

        return token switch
        {
            DictionaryToken dictionary => dictionary.Data.Any(p => ActiveKeys.Contains(p.Key) || IsActive(p.Value, seen)),
            StreamToken stream => IsActive(stream.StreamDictionary, seen),
            ArrayToken array => array.Data.Any(t => IsActive(t, seen)),
            NameToken name => ActiveNames.Contains(name.Data),
            _ => false,
        };
    }

    /// <summary>True when only blanks follow the last %%EOF, which must be near the end.</summary>
    private static bool EndsAtEof(Stream file)
    {
        var tail = Tail(file);
        var eof = tail.AsSpan().LastIndexOf("%%EOF"u8);
        return eof >= 0 && tail.AsSpan(eof + 5).IndexOfAnyExcept("\r\n \t\0"u8) < 0;
    }

    private static byte[] Tail(Stream file)
    {
        var length = (int)Math.Min(file.Length, TailWindow);
        var tail = new byte[length];
        file.Position = file.Length - length;
        file.ReadExactly(tail);
        return tail;
    }

    /// <summary>True when an active name (/JS, /JavaScript, /Launch, /EmbeddedFile…) stands in the raw bytes as a whole token.</summary>
    private static bool RawBytesName(Stream file)
    {
        file.Position = 0;
        var names = ActiveKeys.Concat(ActiveNames).Select(n => Encoding.ASCII.GetBytes("/" + n)).ToArray();
        var buffer = new byte[1024 * 1024];
        var carry = 0;
        int read;
        while ((read = file.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            var span = buffer.AsSpan(0, carry + read);
            foreach (var name in names)
            {
                for (var at = span.IndexOf(name); at >= 0; at = NextIndex(span, name, at))
                {
                    var end = at + name.Length;
                    if (end < span.Length && IsTokenEnd(span[end]))
                    {
                        return true;
                    }
                }
            }

            // Keep the last bytes, so a name split between two reads is still found.
            carry = Math.Min(32, span.Length);
            span[^carry..].CopyTo(buffer);
        }

        return false;
    }

    private static int NextIndex(ReadOnlySpan<byte> span, byte[] name, int at)
    {
        var next = span[(at + 1)..].IndexOf(name);
        return next < 0 ? -1 : at + 1 + next;
    }

    private static bool IsTokenEnd(byte b) => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0
        or (byte)'/' or (byte)'(' or (byte)'<' or (byte)'[' or (byte)'>' or (byte)']';
}
