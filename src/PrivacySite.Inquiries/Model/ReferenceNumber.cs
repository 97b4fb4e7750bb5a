using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using PrivacySite.Forms.Model;

namespace PrivacySite.Inquiries.Model;

/// <summary>
/// The number a member quotes when they contact the society about an inquiry, such as
/// <c>D-7KQ4-M9TX</c>: the kind's letter, then 40 bits from a cryptographic random source in
/// Crockford base32 (no I, L, O or U, so nothing is misread), grouped in fours.
/// </summary>
public readonly record struct ReferenceNumber
{
    public const int RandomBits = 40;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Symbols = RandomBits / 5;

    private ReferenceNumber(string value) => Value = value;

    public string Value { get; }

    public InquiryKind Kind => Value[0] == InquiryKind.Complaint.Prefix() ? InquiryKind.Complaint : InquiryKind.Request;

    public static ReferenceNumber New(InquiryKind kind)
    {
        Span<byte> bytes = stackalloc byte[RandomBits / 8];
        RandomNumberGenerator.Fill(bytes);
        ulong bits = 0;
        foreach (var b in bytes)
        {
            bits = (bits << 8) | b;
        }

        Span<char> symbols = stackalloc char[Symbols];
        for (var i = Symbols - 1; i >= 0; i--)
        {
            symbols[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return new ReferenceNumber($"{kind.Prefix()}-{symbols[..4]}-{symbols[4..]}");
    }

    /// <summary>
    /// Reads a number as a person may type it: any case, with or without hyphens and spaces,
    /// O for 0 and I or L for 1, as Crockford's alphabet intends.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ReferenceNumber? reference)
    {
        reference = null;
        if (text is null || text.Length > 20)
        {
            return false;
        }

        var compact = new string([.. text.ToUpperInvariant().Where(c => c is not '-' and not ' ')
            .Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c })]);
        if (compact.Length != Symbols + 1 || compact[0] is not ('D' or 'C') || !compact[1..].All(Alphabet.Contains))
        {
            return false;
        }

        reference = new ReferenceNumber($"{compact[0]}-{compact[1..5]}-{compact[5..]}");
        return true;
    }

    /// <summary>Reads a number the store wrote; a malformed one means the stored data is damaged.</summary>
    public static ReferenceNumber Parse(string text) =>
        TryParse(text, out var reference) ? reference.Value : throw new FormatException("not a reference number");

    public override string ToString() => Value;
}
