using System.Security.Cryptography;
using System.Text;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Model;

/// <summary>
/// The secret keys the status page's codes are derived from: a code is HMAC-SHA256 of the reference under
/// the first key, cut to <see cref="StatusCode.RandomBits"/>. The store keeps only the code's hash, so the
/// acknowledgement waiting in the outbox holds no code either: the dispatcher derives it again when it sends,
/// and <see cref="Recover"/> checks it against the hash. Older keys, after the first, recover the codes of
/// acknowledgements stored before the key was changed. Each key is at least 32 bytes from a cryptographic source.
/// </summary>
public sealed class StatusCodeKeys
{
    public const int MinimumBytes = 32;
    private const string Purpose = "privacysite-status-code-v1\n";

    private readonly IReadOnlyList<byte[]> _keys;

    private StatusCodeKeys(IReadOnlyList<byte[]> keys) => _keys = keys;

    /// <summary>One new random key, as <see cref="TryParse"/> reads it (base64).</summary>
    public static string NewKeyText() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes));

    /// <summary>Reads keys written in base64, newest first, separated by commas; null (with why) when one is not a key.</summary>
    public static StatusCodeKeys? TryParse(string text, out string? problem)
    {
        var keys = new List<byte[]>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bytes = new byte[part.Length];
            if (!Convert.TryFromBase64String(part, bytes, out var length) || length < MinimumBytes)
            {
                // The key itself is never repeated: only its position.
                problem = $"key {keys.Count + 1} is not at least {MinimumBytes} bytes in base64 (make one with: openssl rand -base64 {MinimumBytes})";
                return null;
            }

            keys.Add(bytes[..length]);
        }

        problem = keys.Count == 0 ? "holds no key" : null;
        return keys.Count == 0 ? null : new StatusCodeKeys(keys);
    }

    /// <summary>
    /// The key kept in <paramref name="path"/>, made on first use and readable by the owner alone: for running
    /// on one machine without a setting (<c>serve</c>, tests). A Function App is given its keys as a setting.
    /// </summary>
    public static StatusCodeKeys LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            PrivateFiles.CreateFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
            try
            {
                using var file = PrivateFiles.CreateNew(path);
                file.Write(Encoding.ASCII.GetBytes(NewKeyText()));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it first: use theirs.
            }
        }

        return TryParse(File.ReadAllText(path), out var problem)
            ?? throw new InvalidDataException($"{path}: {problem}; delete the file to make a new key");
    }

    /// <summary>The code of a new inquiry.</summary>
    public StatusCode CodeFor(ReferenceNumber reference) => Derive(_keys[0], reference);

    /// <summary>The code whose hash the store keeps for the inquiry, derived again; null when no key gives it.</summary>
    public StatusCode? Recover(ReferenceNumber reference, string? storedHash)
    {
        foreach (var key in _keys)
        {
            var code = Derive(key, reference);
            if (code.Matches(reference, storedHash))
            {
                return code;
            }
        }

        return null;
    }

    private static StatusCode Derive(byte[] key, ReferenceNumber reference) =>
        StatusCode.FromBytes(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Purpose + reference.Value)));
}
