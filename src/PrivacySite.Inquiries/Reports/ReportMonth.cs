namespace PrivacySite.Inquiries.Reports;

/// <summary>A calendar month in Japan, the unit the desk's report counts by.</summary>
public readonly record struct ReportMonth(int Year, int Month)
{
    public static ReportMonth Of(DateOnly date) => new(date.Year, date.Month);

    public DateOnly FirstDay => new(Year, Month, 1);

    public ReportMonth Previous => Of(FirstDay.AddMonths(-1));

    /// <summary>The <paramref name="count"/> months up to and including this one, oldest first.</summary>
    public IReadOnlyList<ReportMonth> LastMonths(int count)
    {
        var start = FirstDay.AddMonths(1 - count);
        return [.. Enumerable.Range(0, count).Select(i => Of(start.AddMonths(i)))];
    }
}
