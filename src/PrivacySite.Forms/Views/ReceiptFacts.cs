namespace PrivacySite.Forms.Views;

/// <summary>
/// What the store knows about a received inquiry that its receipt may show: when it arrived (in Japan
/// time), the date an answer is due, who is asking (the requester choice) and the procedures a request
/// asks for (the request kinds ticked, and medical fee statements), and whether an acknowledgement e-mail
/// is on its way (the member gave an address). Choices only, never anything typed. <paramref name="StatusCode"/> is the
/// status page's code when the sender's browser holds the right one (never read from the store, which keeps only its hash).
/// </summary>
public sealed record ReceiptFacts(DateTime ReceivedInJapan, DateOnly DueOn, string? Requester, IReadOnlyList<string> Procedures, bool Acknowledged, string? StatusCode = null);
