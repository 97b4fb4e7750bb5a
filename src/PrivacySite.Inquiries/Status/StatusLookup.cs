using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage;

namespace PrivacySite.Inquiries.Status;

/// <summary>
/// Finds an inquiry by its reference and status page code, as typed by a member. Every way of not
/// finding it (a malformed reference or code, no such reference, a wrong code, an inquiry stored before
/// codes existed) gives the same null after the same work: the code is always hashed and compared in
/// constant time, against a dummy when there is nothing to compare with, so neither the answer nor its
/// timing tells whether a reference exists.
/// </summary>
public sealed class StatusLookup(IInquiryStore store)
{
    // Stands in for a missing reference or code, so the same hash and comparison run.
    private static readonly ReferenceNumber DummyReference = ReferenceNumber.Parse("D-0000-0000");
    private static readonly StatusCode DummyCode = StatusCode.TryParse("0000-0000-0000-0000", out var code) ? code.Value : default;

    /// <returns>The inquiry, or null for any pair that does not open one.</returns>
    /// <exception cref="InquiryStoreUnavailableException">The store cannot be read.</exception>
    public async Task<InquiryRecord?> FindAsync(string? reference, string? code, CancellationToken cancellationToken)
    {
        var parsedReference = ReferenceNumber.TryParse(reference, out var r) ? r : null;
        var parsedCode = StatusCode.TryParse(code, out var c) ? c : null;
        var record = parsedReference is { } found ? await store.GetAsync(found, cancellationToken) : null;
        var matches = (parsedCode ?? DummyCode).Matches(parsedReference ?? DummyReference, record?.StatusCodeHash);
        return matches && parsedCode is not null && record is not null ? record : null;
    }
}
