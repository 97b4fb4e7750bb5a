namespace PrivacySite.Inquiries.Storage.Tables.Client;

/// <summary>One page of query results and the token for the next page (null on the last).</summary>
public sealed record TablePage(IReadOnlyList<TableEntity> Values, string? ContinuationToken);
