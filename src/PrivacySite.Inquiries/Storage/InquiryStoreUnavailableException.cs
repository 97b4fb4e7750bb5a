namespace PrivacySite.Inquiries.Storage;

/// <summary>
/// The store could not be reached or did not confirm the operation. The message never holds
/// submitted values: only what failed, so it is safe to log.
/// </summary>
public sealed class InquiryStoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
