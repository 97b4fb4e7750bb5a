namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>A society whose desk has no online channel has no forms: the service takes no submission and shows no receipt, and stays healthy.</summary>
public sealed class OfflineDeskTests
{
    [Fact]
    public async Task Without_the_online_channel_submissions_and_receipts_are_not_served()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        TestFiles.CopyFolder(RepoPaths.SampleSociety, content);
        EmailOnlyDesk.Apply(content);
        await using var app = new IntakeApp(settings: new Dictionary<string, string?> { ["Intake:ContentPath"] = content });
        using var client = app.Client();

        Assert.Equal(HttpStatusCode.NotFound, (await app.PostJson(client, "complaint", Samples.ComplaintJson())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.PostForm(client, "request", Samples.RequestForm())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/inquiries/receipt/ja?ref=C-7KQ4-M9TX")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
        Assert.Equal(0, await app.StoredCountAsync());
    }

    [Fact]
    public async Task With_the_online_channel_a_submission_is_taken()
    {
        await using var app = new IntakeApp();
        using var client = app.Client();

        Assert.Equal(HttpStatusCode.Created, (await app.PostJson(client, "complaint", Samples.ComplaintJson())).StatusCode);
    }
}
