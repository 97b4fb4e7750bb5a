using System.Security.Cryptography;
using PrivacySite.Inquiries.Model;

namespace PrivacySite.Testing;

/// <summary>Status codes no inquiry has: a wrong guess, or the code of a record a test builds by hand.</summary>
public static class RandomStatusCodes
{
    public static StatusCode New() => StatusCode.FromBytes(RandomNumberGenerator.GetBytes(StatusCode.RandomBits / 8));
}
