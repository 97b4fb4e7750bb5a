using PrivacySite.Inquiries.Desk;

namespace PrivacySite.Inquiries.Tests.Workflow;

/// <summary>The workflow's every step, allowed and refused, written out as a table.</summary>
public sealed class StatusWorkflowTests
{
    /// <summary>From each status, the statuses it may move to; every other pair is refused.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["received"] = ["identity-verified", "awaiting-documents", "refused", "withdrawn"],
        ["identity-verified"] = ["in-progress", "awaiting-documents", "refused", "withdrawn"],
        ["awaiting-documents"] = ["identity-verified", "in-progress", "refused", "withdrawn"],
        ["in-progress"] = ["awaiting-documents", "answered", "refused", "withdrawn"],
        ["answered"] = [],
        ["refused"] = [],
        ["withdrawn"] = [],
    };

    public static TheoryData<string, string, bool> AllPairs()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var from in Allowed.Keys)
        {
            foreach (var to in Allowed.Keys)
            {
                data.Add(from, to, Allowed[from].Contains(to));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Each_step_is_allowed_or_refused_as_the_table_says(string from, string to, bool allowed)
    {
        Assert.True(InquiryStatuses.TryParse(from, out var fromStatus));
        Assert.True(InquiryStatuses.TryParse(to, out var toStatus));

        Assert.Equal(allowed, StatusWorkflow.IsAllowed(fromStatus, toStatus));
        Assert.Equal(Allowed[from], StatusWorkflow.AllowedAfter(fromStatus).Select(s => s.Name()));
    }

    [Fact]
    public void Answered_refused_and_withdrawn_close_an_inquiry_and_nothing_else_does()
    {
        Assert.Equal(["answered", "refused", "withdrawn"], InquiryStatuses.All.Where(s => s.IsClosed()).Select(s => s.Name()));
    }

    [Fact]
    public void Only_a_refusal_and_a_request_for_documents_need_a_note()
    {
        Assert.Equal([InquiryStatus.AwaitingDocuments, InquiryStatus.Refused], InquiryStatuses.All.Where(StatusWorkflow.NeedsReason));
    }

    [Theory]
    [InlineData("in-progress", InquiryStatus.InProgress)]
    [InlineData("in_progress", InquiryStatus.InProgress)]
    [InlineData(" Identity-Verified ", InquiryStatus.IdentityVerified)]
    public void Status_names_are_read_as_staff_type_them(string text, InquiryStatus expected)
    {
        Assert.True(InquiryStatuses.TryParse(text, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("closed")]
    [InlineData("inprogress")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_status(string? text) => Assert.False(InquiryStatuses.TryParse(text, out _));
}
