using System.Text;

namespace PrivacySite.Intake.Http;

/// <summary>
/// Parses an application/x-www-form-urlencoded body strictly: percent-escapes are decoded to bytes
/// and the bytes must be valid UTF-8, so broken input is refused rather than silently repaired.
/// </summary>
internal static class UrlEncodedFormParser
{
    private const int MaxPairs = 200;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Dictionary<string, IReadOnlyList<string>>? TryParse(ReadOnlySpan<byte> body)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var pairs = 0;
        while (!body.IsEmpty)
        {
            var end = body.IndexOf((byte)'&');
            var pair = end < 0 ? body : body[..end];
            body = end < 0 ? [] : body[(end + 1)..];
            if (pair.IsEmpty)
            {
                continue;
            }

            if (++pairs > MaxPairs)
            {
                return null;
            }

            var equals = pair.IndexOf((byte)'=');
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            if (string.IsNullOrEmpty(name) || value is null)
            {
                return null;
            }

            // Repeats are rare (a few ticked checkboxes), so copying the short list on each costs nothing.
            result[name] = result.TryGetValue(name, out var values) ? [.. values, value] : [value];
        }

        return result;
    }

    private static string? Decode(ReadOnlySpan<byte> encoded)
    {
        var bytes = new byte[encoded.Length];
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == '+')
            {
                bytes[length++] = (byte)' ';
            }
            else if (b == '%')
            {
                if (i + 2 >= encoded.Length || !IsHex(encoded[i + 1]) || !IsHex(encoded[i + 2]))
                {
                    return null;
                }

                bytes[length++] = (byte)((HexValue(encoded[i + 1]) << 4) | HexValue(encoded[i + 2]));
                i += 2;
            }
            else
            {
                bytes[length++] = b;
            }
        }

        try
        {
            return StrictUtf8.GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
