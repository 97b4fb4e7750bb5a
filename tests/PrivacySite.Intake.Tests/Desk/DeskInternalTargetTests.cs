using Microsoft.Extensions.DependencyInjection;
using AngleSharp.Html.Parser;
using PrivacySite.Content.Model;
using PrivacySite.Intake.Desk;

namespace PrivacySite.Intake.Tests.Desk;

/// <summary>
/// The inquiry's page says when its due date is the office's internal target: the society's notice promises complaints
/// an answer "without delay" in its own words, with no number of days, so a number on the page must say where it came from.
/// </summary>
public sealed class DeskInternalTargetTests
{
    [Fact]
    public async Task A_due_date_the_notice_gives_no_number_of_days_for_says_it_is_the_internal_target_and_one_it_does_not()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        TestFiles.CopyFolder(RepoPaths.SampleSociety, content);
        var complaints = Path.Combine(content, "notice", "complaints.yaml");
        await File.WriteAllTextAsync(complaints, TestFiles.ReplaceOnce(await File.ReadAllTextAsync(complaints),
            "response_days: 10", "response_time:\n  ja: 遅滞なく回答します。\n  en: We answer without delay.", "complaints.yaml"));
        await using var desk = new DeskApp();
        desk.Settings["Intake:ContentPath"] = content;
        await desk.InitializeAsync();
        var complaint = DeskSamples.Record(kind: InquiryKind.Complaint);
        var request = DeskSamples.Record();
        await desk.App.Store.AddAsync(complaint, [], CancellationToken.None);
        await desk.App.Store.AddAsync(request, [], CancellationToken.None);
        var client = await desk.SignedInAsync("viewer");

        var complaintDue = await DueFactAsync(client, complaint.Reference, Language.Ja);
        var requestDue = await DueFactAsync(client, request.Reference, Language.En);

        Assert.Contains("内部の目安", complaintDue);
        Assert.Contains(desk.App.Services.GetRequiredService<Inquiries.Deadlines.DueDates>().TargetDays.ToString(System.Globalization.CultureInfo.InvariantCulture) + "営業日", complaintDue);
        Assert.DoesNotContain("internal target", requestDue);
    }

    private static async Task<string> DueFactAsync(HttpClient client, ReferenceNumber reference, Language language)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(DeskRoutes.Detail(language, reference)));
        var label = page.QuerySelectorAll("dl.facts dt").First(dt => dt.TextContent is "回答期限" or "Due");
        return label.NextElementSibling!.TextContent;
    }
}
