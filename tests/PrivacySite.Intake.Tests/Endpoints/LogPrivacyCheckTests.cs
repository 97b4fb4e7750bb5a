using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>The log check every test app runs on closing can fail: a value that reaches a log line is caught.</summary>
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
}
