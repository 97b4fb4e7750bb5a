namespace PrivacySite.Content.Model.Calendar;

/// <summary>
/// content/calendar/holidays.yaml: the days besides Saturdays and Sundays on which the privacy
/// office is closed (national holidays, the New Year break). Due dates skip them.
/// </summary>
[PlannedDates]
[Help("土日のほかに個人情報相談窓口が休みの日（祝日、年末年始）です。回答期限の計算で除きます。",
    "The days besides Saturdays and Sundays on which the privacy office is closed (public holidays, the New Year break); due dates skip them.")]
public sealed record HolidayCalendar(
    [Help("休みの日です。毎年、翌年の分を書き足してください。", "The days off; add the next year's days every year.")]
    IReadOnlyList<Holiday> Holidays,
    [Help("通知に日数のない請求・相談の、担当部署の内部の目安の営業日数です（省略時 14）。公表はしません。",
        "The privacy office's internal target in business days for inquiries whose notice states no number of days (14 if left out); never published.")]
    int? TargetBusinessDays = null)
{
    /// <summary>The internal target when content gives none (stated in the README).</summary>
    public const int DefaultTargetBusinessDays = 14;

    /// <summary>The last day listed: due dates after it count every weekday as a business day.</summary>
    public DateOnly? LastListed => Holidays.Count == 0 ? null : Holidays.Max(h => h.Date);
}

public sealed record Holiday(
    [Help("日付です（YYYY-MM-DD）。", "The date (YYYY-MM-DD).")]
    DateOnly Date,
    [Help("休みの名前です（「元日」「年末年始休業」など）。", "What the day is, such as \"New Year's Day\" or \"New Year break\".")]
    LocalizedText Name);
