using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PrivacySite.Content.Model;
using PrivacySite.Intake.Desk;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Tests.Desk;

/// <summary>
/// The desk's settings: the development sign-in refused in a Function App and answering this machine alone, a provider
/// needing its client's ID and secret, the idle time-out, and a store that does not answer (503, never 500).
/// </summary>
public sealed class DeskSettingsTests
{
    private static IntakeStartupException Refused(params (string Key, string Value)[] settings) =>
        Assert.Throws<IntakeStartupException>(() => IntakeSettings.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build()));

    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME", "custom")]
    [InlineData("WEBSITE_SITE_NAME", "privacy-intake")]
    [InlineData(IntakeSettings.FunctionsPortVariable, "40000")]
    public void The_development_sign_in_is_refused_at_start_up_in_a_Function_App(string variable, string value)
    {
        var e = Refused(("Intake:Desk:DevelopmentSignIn", "true"), (variable, value), ("InquiryStore:ConnectionString", "UseDevelopmentStorage=true"));

        Assert.Contains("Intake__Desk__DevelopmentSignIn: is refused in a Function App", e.Message);
    }

    [Fact]
    public void A_provider_needs_the_client_id_and_secret_and_an_https_address_and_the_secret_is_never_shown()
    {
        var missing = Refused(("Intake:Desk:Authority", "https://login.microsoftonline.com/tenant/v2.0"));
        Assert.Contains("Intake__Desk__ClientId: is missing", missing.Message);
        Assert.Contains("Intake__Desk__ClientSecret: is missing", missing.Message);

        var plain = Refused(("Intake:Desk:Authority", "http://login.example.org/"), ("Intake:Desk:ClientId", "id"), ("Intake:Desk:ClientSecret", "very-secret-value"));
        Assert.Contains("Intake__Desk__Authority", plain.Message);
        Assert.DoesNotContain("very-secret-value", plain.Message);
    }

    [Theory]
    [InlineData(null, 30)]
    [InlineData("5", 5)]
    public async Task The_session_ends_after_the_idle_time_out_thirty_minutes_unless_set(string? minutes, int expected)
    {
        await using var desk = new DeskApp();
        if (minutes is not null)
        {
            desk.Settings["Intake:Desk:IdleMinutes"] = minutes;
        }

        await desk.InitializeAsync();
        using var _ = desk.Anonymous();
        var cookie = desk.App.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);

        Assert.Equal(TimeSpan.FromMinutes(expected), cookie.ExpireTimeSpan);
        Assert.True(cookie.SlidingExpiration);
    }

    [Fact]
    public async Task The_development_sign_in_answers_only_this_machine_and_the_desk_is_off_without_settings()
    {
        await using var dev = new IntakeApp(settings: new Dictionary<string, string?> { ["Intake:Desk:DevelopmentSignIn"] = "true" });
        await using var off = new IntakeApp();

        // The in-memory test server has no client address: not this machine, as far as the sign-in knows.
        Assert.Equal(HttpStatusCode.NotFound, (await dev.HttpsClient().GetAsync(DeskRoutes.DevSignIn)).StatusCode);
        var noSession = await dev.HttpsClient().GetAsync(DeskRoutes.Inbox(Language.Ja));
        Assert.Equal(HttpStatusCode.Redirect, noSession.StatusCode);
        Assert.StartsWith(DeskRoutes.DevSignIn, noSession.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, (await off.HttpsClient().GetAsync(DeskRoutes.Inbox(Language.Ja))).StatusCode);
    }

    [Fact]
    public async Task A_store_that_does_not_answer_is_a_503_page_with_retry_after()
    {
        await using var desk = new DeskApp();
        desk.Settings["InquiryStore:ConnectionString"] = AzuriteProcess.ConnectionStringAt(FreePort.Next());
        await desk.InitializeAsync();
        var client = await desk.SignedInAsync("viewer");

        var response = await client.GetAsync(DeskRoutes.Inbox(Language.Ja));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
