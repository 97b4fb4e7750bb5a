namespace PrivacySite.Intake.Tests.Notifications;

/// <summary>
/// New inquiries announced to a webhook (a real local listener): the JSON Teams and Slack accept,
/// with kind, reference and due date and no personal data; retried with back-off when the webhook
/// fails; and never holding up or failing the member's submission.
/// </summary>
public sealed class WebhookTests
{
    [Fact]
    public async Task A_new_inquiry_is_announced_with_its_kind_reference_and_due_date_and_nothing_the_member_wrote()
    {
        await using var listener = await WebhookListener.StartAsync(_ => 200);
        await using var app = new IntakeApp(webhookUrl: listener.Url);
        using var client = app.Client();
        var body = Samples.ComplaintJson();

        var response = await app.PostJson(client, "complaint", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        await listener.WaitForPostsAsync(1);

        var (contentType, posted) = Assert.Single(listener.Posts);
        Assert.StartsWith("application/json", contentType);
        using var json = JsonDocument.Parse(posted);
        var text = Assert.Single(json.RootElement.EnumerateObject(), p => p.Name == "text").Value.GetString()!;
        var stored = (await app.Store.GetAsync(ReferenceNumber.Parse(reference), CancellationToken.None))!;
        Assert.Contains(reference, text);
        Assert.Contains(stored.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text);
        Assert.Contains("苦情・相談", text);
        Assert.Contains("complaint", text);
        foreach (var value in body.Values.OfType<string>().Where(v => v.Length >= 4 && v != "self" && v != "email" && v != "handling"))
        {
            Assert.DoesNotContain(value, posted);
        }
    }

    [Fact]
    public async Task A_webhook_that_fails_twice_gets_the_notice_on_the_third_try()
    {
        await using var listener = await WebhookListener.StartAsync(n => n switch { 1 => 500, 2 => 503, _ => 200 });
        await using var app = new IntakeApp(webhookUrl: listener.Url);
        using var client = app.Client();

        var response = await app.PostForm(client, "request", Samples.RequestForm());
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        await listener.WaitForPostsAsync(3);
        await WaitForLogAsync(app, "Announced inquiry");

        var posts = listener.Posts;
        Assert.Equal(3, posts.Count);
        Assert.Single(posts.Select(p => p.Body).Distinct());
        Assert.Contains("開示等の請求", posts[0].Body);
        Assert.Contains(app.Logs.Lines, l => l.Contains("(attempt 3)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_webhook_that_always_fails_is_given_up_on_and_submissions_are_still_stored_and_answered()
    {
        await using var listener = await WebhookListener.StartAsync(_ => 500);
        await using var app = new IntakeApp(webhookUrl: listener.Url);
        using var client = app.Client();

        var json = await app.PostJson(client, "complaint", Samples.ComplaintJson(Samples.NewToken()));
        var form = await app.PostForm(client, "request", Samples.RequestForm(Samples.NewToken()));

        Assert.Equal(HttpStatusCode.Created, json.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, form.StatusCode);
        Assert.Equal(2, await app.StoredCountAsync());
        await WaitForLogAsync(app, "Gave up announcing", count: 2);
        Assert.Equal(6, listener.Posts.Count);  // three tries each, then no more
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(listener.Url, StringComparison.Ordinal) || l.Contains("T000/B000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_webhook_nobody_listens_on_is_tried_and_given_up_on_without_touching_the_submission()
    {
        await using var app = new IntakeApp(webhookUrl: $"http://127.0.0.1:{FreePort.Next()}/hook");
        using var client = app.Client();

        var response = await app.PostJson(client, "complaint", Samples.ComplaintJson());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await WaitForLogAsync(app, "Gave up announcing");
        Assert.Contains(app.Logs.Lines, l => l.Contains("after 3 attempts (last status 0)", StringComparison.Ordinal));
        Assert.Equal(1, await app.StoredCountAsync());
    }

    [Fact]
    public async Task The_member_gets_the_answer_while_the_webhook_is_still_not_answering()
    {
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var listener = await WebhookListener.StartAsync(_ => release.Task);
        await using var app = new IntakeApp(webhookUrl: listener.Url);
        using var client = app.Client();

        // Were the submission waiting for the webhook, it would never answer: the listener answers only once released.
        var response = await app.PostJson(client, "complaint", Samples.ComplaintJson()).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(0, listener.Answered);
        release.SetResult(200);
        await listener.WaitForPostsAsync(1);
        await WaitForLogAsync(app, "Announced inquiry");
    }

    [Fact]
    public async Task A_repeated_post_of_the_same_submission_is_announced_once()
    {
        await using var listener = await WebhookListener.StartAsync(_ => 200);
        await using var app = new IntakeApp(webhookUrl: listener.Url);
        using var client = app.Client();
        var token = Samples.NewToken();

        await app.PostJson(client, "complaint", Samples.ComplaintJson(), idempotencyKey: token);
        var repeat = await app.PostJson(client, "complaint", Samples.ComplaintJson(), idempotencyKey: token);
        await app.PostJson(client, "complaint", Samples.ComplaintJson(Samples.NewToken()));
        await listener.WaitForPostsAsync(2);
        await WaitForLogAsync(app, "Announced inquiry", count: 2);

        Assert.True(repeat.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(2, listener.Posts.Count);
        Assert.Equal(2, listener.Posts.Select(p => p.Body).Distinct().Count());
    }

    private static async Task WaitForLogAsync(IntakeApp app, string text, int count = 1)
    {
        for (var i = 0; i < 300 && app.Logs.Lines.Count(l => l.Contains(text, StringComparison.Ordinal)) < count; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(app.Logs.Lines.Count(l => l.Contains(text, StringComparison.Ordinal)) >= count, $"no log line '{text}' ({count}x)");
    }
}
