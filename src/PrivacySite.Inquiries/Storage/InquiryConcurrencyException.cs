namespace PrivacySite.Inquiries.Storage;

/// <summary>An update or delete found the inquiry changed or gone since it was read (its ETag no longer matches).</summary>
public sealed class InquiryConcurrencyException(string reference) : Exception($"inquiry {reference} was changed or deleted since it was read");
