using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace PrivacySite.Inquiries.Model;

/// <summary>
/// The secret a member types with the reference number to see an inquiry's status without an account,
/// such as <c>7KQ4-M9TX-3B8R-ZW5E</c>: 80 bits in the reference's alphabet (Crockford base32: no I, L, O or U),
/// grouped in fours, derived from the reference under a secret key (<see cref="StatusCodeKeys"/>). It is shown
/// to the member only (receipt, acknowledgement) and stored only as <see cref="HashFor"/>: a fast hash is enough
/// for 80 unguessable bits, and the reference in the hash keeps one inquiry's hash from matching another's.
/// </summary>
public readonly record struct StatusCode
{
    public const int RandomBits = 80;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Symbols = RandomBits / 5;
    private const int Group = 4;
    private const string HashPrefix = "privacysite-status-code-v1\n";

    private StatusCode(string value) => Value = value;

    /// <summary>The code as shown: four groups of four symbols joined by hyphens.</summary>
    public string Value { get; }

    /// <summary>The code spelled by the first <see cref="RandomBits"/> bits of <paramref name="source"/>.</summary>
    public static StatusCode FromBytes(ReadOnlySpan<byte> source)
    {
        var bytes = source[..(RandomBits / 8)];
        var symbols = new StringBuilder(Symbols);
        var buffer = 0;
        var bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                symbols.Append(Alphabet[(buffer >> bits) & 31]);
            }
        }

        return new StatusCode(Grouped(symbols.ToString()));
    }

    /// <summary>
    /// Reads a code as a member may type it: any case, full- or half-width, with or without hyphens and
    /// spaces, O for 0 and I or L for 1.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out StatusCode? code)
    {
        code = null;
        if (text is null || text.Length > 40)
        {
            return false;
        }

        var compact = new string([.. text.Normalize(NormalizationForm.FormKC).ToUpperInvariant()
            .Where(c => c is not '-' and not ' ' and not '\u2010' and not '\u2212')
            .Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c })]);
        if (compact.Length != Symbols || !compact.All(Alphabet.Contains))
        {
            return false;
        }

        code = new StatusCode(Grouped(compact));
        return true;
    }

    /// <summary>What the stores keep in place of the code: SHA-256 over the reference and the code, in hex.</summary>
    public string HashFor(ReferenceNumber reference) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(HashPrefix + reference.Value + "\n" + Value)));

    /// <summary>
    /// True when <paramref name="storedHash"/> is this code's hash for <paramref name="reference"/>, compared
    /// in constant time; a null or malformed stored hash is compared against a dummy, so it takes as long and never matches.
    /// </summary>
    public bool Matches(ReferenceNumber reference, string? storedHash)
    {
        var expected = Hex(storedHash);
        var actual = Convert.FromHexString(HashFor(reference));
        return CryptographicOperations.FixedTimeEquals(expected ?? new byte[actual.Length], actual) && expected is not null;
    }

    public override string ToString() => Value;

    private static byte[]? Hex(string? hash)
    {
        if (hash is not { Length: 64 })
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(hash);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Grouped(string compact) =>
        string.Join('-', Enumerable.Range(0, Symbols / Group).Select(i => compact.Substring(i * Group, Group)));
}
