using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PrivacySite.Content.Model;
using PrivacySite.Intake.Desk;

namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>
/// The log check every test app runs on closing can fail: a value that reaches a log line is caught, whether a member sent it
/// through the intake or it reached the desk's pages from the store (seeded by a test, or a note written on the desk).
/// </summary>
public sealed class LogPrivacyCheckTests
{
    [Fact]
    public async Task A_submitted_value_written_to_the_log_fails_the_check()
    {
        var app = new IntakeApp();
        using (var client = app.Client())
        {
            var body = Samples.ComplaintJson();
            body["name"] = "見本 漏洩子";
            await app.PostJson(client, "complaint", body);
            Assert.Empty(app.LeakedValues());

            app.Services.GetRequiredService<ILogger<LogPrivacyCheckTests>>().LogInformation("careless line about {Name}", "見本 漏洩子");
            Assert.Single(app.LeakedValues());
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.DisposeAsync().AsTask());
    }

    [Fact]
    public async Task The_desks_requests_are_checked_too_a_stored_inquirys_values_and_notes_in_a_log_line_fail_it()
    {
        var desk = new DeskApp();
        await desk.InitializeAsync();
        var record = DeskSamples.Record();
        await desk.App.Store.AddAsync(record, [], CancellationToken.None);
        var client = await desk.SignedInAsync("handler");

        // The desk's own work leaks nothing: the inquiry's page, a step with a note, the inbox.
        var page = await client.GetStringAsync(DeskRoutes.Detail(Language.Ja, record.Reference));
        Assert.Contains(record.Values["address"][0], page);
        var step = await client.PostAsync(DeskRoutes.Status(Language.Ja, record.Reference), DeskHtml.Form(DeskHtml.Token(page), ("to", "awaiting-documents"), ("note", "住民票の写しと保険証の写し"), ("confirmed", "yes")));
        Assert.Equal(HttpStatusCode.SeeOther, step.StatusCode);
        await client.GetStringAsync(DeskRoutes.Inbox(Language.Ja));
        Assert.Empty(desk.App.LeakedValues());

        var logger = desk.App.Services.GetRequiredService<ILogger<LogPrivacyCheckTests>>();
        logger.LogInformation("careless desk line about {Address}", record.Values["address"][0]);
        Assert.Single(desk.App.LeakedValues());
        logger.LogInformation("careless desk line about {Note}", "住民票の写しと保険証の写し");
        Assert.Equal(2, desk.App.LeakedValues().Count);

        await Assert.ThrowsAsync<InvalidOperationException>(desk.DisposeAsync);
    }
}
