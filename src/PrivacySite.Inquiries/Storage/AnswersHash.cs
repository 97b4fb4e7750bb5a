using System.Security.Cryptography;
using System.Text;

namespace PrivacySite.Inquiries.Storage;

/// <summary>
/// A fingerprint of a submission's normalised answers, stored with its submission key, so a key
/// sent again with other answers is told apart from a true repeat without keeping a second copy of the text.
/// </summary>
public static class AnswersHash
{
    public static string Of(IReadOnlyDictionary<string, IReadOnlyList<string>> values) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(values))));

    /// <summary>The answers as JSON in ordinal order of the field names: the same answers always give the same text.</summary>
    public static string Canonical(IReadOnlyDictionary<string, IReadOnlyList<string>> values) =>
        InquiryJson.Values(new SortedDictionary<string, IReadOnlyList<string>>(values.ToDictionary(), StringComparer.Ordinal));
}
