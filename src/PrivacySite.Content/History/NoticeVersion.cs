using PrivacySite.Content.Model;

namespace PrivacySite.Content.History;

/// <summary>
/// One version of the notice: a date of revisions.yaml (the enactment, or a revision with its
/// summary) and the content as it stood at the commit that added that date, or null when that
/// commit's content no longer loads.
/// </summary>
public sealed record NoticeVersion(DateOnly Date, LocalizedText? Summary, ContentSet? Content);
