using PrivacySite.Inquiries.Desk;

namespace PrivacySite.Inquiries.Tests.Workflow;

/// <summary>Retention periods as staff write them: a number and y, m or d.</summary>
public sealed class RetentionPeriodTests
{
    [Theory]
    [InlineData("3y", "2023-11-21")]
    [InlineData("18m", "2025-05-21")]
    [InlineData("90d", "2026-08-23")]
    [InlineData(" 3Y ", "2023-11-21")]
    public void A_period_counts_back_on_the_calendar(string text, string expected)
    {
        Assert.True(RetentionPeriod.TryParse(text, out var period));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), period.Value.Before(new DateOnly(2026, 11, 21)));
    }

    [Fact]
    public void The_29th_of_february_counts_back_to_the_28th() =>
        Assert.Equal(new DateOnly(2027, 2, 28), new RetentionPeriod(1, 'y').Before(new DateOnly(2028, 2, 29)));

    [Theory]
    [InlineData("3")]
    [InlineData("y")]
    [InlineData("3 years")]
    [InlineData("-3y")]
    [InlineData("0d")]
    [InlineData("3w")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? text) => Assert.False(RetentionPeriod.TryParse(text, out _));
}
