using PrivacySite.Content.Model.Calendar;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Deadlines;

namespace PrivacySite.Inquiries.Tests.Deadlines;

/// <summary>Due dates use the response times the notice publishes, counted from the day of receipt in Japan.</summary>
public sealed class DueDatesTests
{
    private static readonly DueDates Due = new(SampleContent.Content);
    private static readonly BusinessCalendar Calendar = new(SampleContent.Content.Holidays);

    /// <summary>A Monday morning in Tokyo with no holiday for weeks.</summary>
    private static readonly DateTimeOffset MondayMorning = new(2026, 6, 1, 9, 0, 0, JapanTime.Offset);

    private static Dictionary<string, IReadOnlyList<string>> Asking(params string[] kinds) => new() { ["request_kinds"] = kinds };

    [Fact]
    public void Every_request_kind_the_form_offers_is_a_kind_the_notice_publishes_a_response_time_for()
    {
        var published = SampleContent.Content.Notice.Requests.Kinds.Select(k => k.Key).Order();
        Assert.Equal(published, InquiryForms.Request["request_kinds"].AllowedValues.Order());
    }

    [Fact]
    public void Each_kind_of_request_is_due_after_the_business_days_the_notice_publishes_for_it()
    {
        foreach (var (key, kind) in SampleContent.Content.Notice.Requests.Kinds)
        {
            Assert.Equal(kind.ResponseDays, Due.ResponseDays(InquiryKind.Request, Asking(key)));
            Assert.Equal(Calendar.AddBusinessDays(JapanTime.DateOf(MondayMorning), kind.ResponseDays), Due.For(InquiryKind.Request, Asking(key), MondayMorning));
        }
    }

    [Fact]
    public void A_complaint_is_due_after_the_business_days_of_the_complaints_file()
    {
        var days = SampleContent.Content.Notice.Complaints.ResponseDays;
        Assert.Equal(days, Due.ResponseDays(InquiryKind.Complaint, new Dictionary<string, IReadOnlyList<string>>()));
        Assert.Equal(Calendar.AddBusinessDays(new DateOnly(2026, 6, 1), days), Due.For(InquiryKind.Complaint, DeskSamples.ComplaintValues(), MondayMorning));
    }

    [Fact]
    public void A_request_asking_for_several_things_is_due_by_the_earliest_of_their_dates()
    {
        var requests = SampleContent.Content.Notice.Requests;
        Assert.True(requests.Disclosure.ResponseDays < requests.Correction.ResponseDays, "the sample should give the two kinds different times");
        Assert.Equal(requests.Disclosure.ResponseDays, Due.ResponseDays(InquiryKind.Request, Asking("correction", "disclosure")));
        Assert.Equal(requests.Correction.ResponseDays, Due.ResponseDays(InquiryKind.Request, Asking("correction", "suspension")));
    }

    [Fact]
    public void Medical_fee_statements_count_with_their_own_procedure()
    {
        var statements = SampleContent.Content.Notice.Requests.MedicalFeeStatements.ResponseDays;
        var values = new Dictionary<string, IReadOnlyList<string>> { ["request_kinds"] = ["correction"], ["medical_fee_statements"] = ["yes"] };
        Assert.Equal(Math.Min(statements, SampleContent.Content.Notice.Requests.Correction.ResponseDays), Due.ResponseDays(InquiryKind.Request, values));
        Assert.Contains(InquiryForms.MedicalFeeStatements, InquiryForms.ProceduresAskedFor(values));
    }

    [Fact]
    public void The_day_of_receipt_is_the_day_in_Japan()
    {
        Assert.Equal(14, SampleContent.Content.Notice.Requests.Disclosure.ResponseDays);

        // 23:59 on Friday 20 November in Tokyo, and a minute later, Saturday 21 November (taken as Tuesday 24th: the 23rd is a holiday).
        var fridayNight = new DateTimeOffset(2026, 11, 20, 14, 59, 0, TimeSpan.Zero);
        var saturday = fridayNight.AddMinutes(1);

        Assert.Equal(new DateOnly(2026, 12, 11), Due.For(InquiryKind.Request, Asking("disclosure"), fridayNight));
        Assert.Equal(new DateOnly(2026, 12, 14), Due.For(InquiryKind.Request, Asking("disclosure"), saturday));
    }
}
