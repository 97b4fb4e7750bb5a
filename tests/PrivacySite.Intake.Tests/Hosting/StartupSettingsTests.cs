namespace PrivacySite.Intake.Tests.Hosting;

/// <summary>
/// The real service process, started with a malformed, unknown or missing setting: it exits 1 before
/// listening, naming the setting and what is wrong with it, with no stack trace and no secret in the message.
/// </summary>
public sealed class StartupSettingsTests
{
    [Theory]
    [InlineData("Intake__RateLimit__PermitLimit", "ten", "'ten' is not a whole number from 1 to")]
    [InlineData("Intake__RateLimit__WindowSeconds", "0", "'0' is not a whole number from 1 to 86400")]
    [InlineData("Intake__RateLimit__TrustForwardedFor", "yes", "'yes' is not true or false")]
    [InlineData("Intake__RetryAfterSeconds", "-5", "'-5' is not a whole number from 1 to 3600")]
    [InlineData("Intake__SiteBaseUrl", "privacy.example.org", "'privacy.example.org' is not an absolute https:// address")]
    [InlineData("Intake__SiteBaseUrl", "http://privacy.example.org/", "is not an absolute https:// address")]
    [InlineData("Intake__ContentPath", "/no/such/folder", "'/no/such/folder' is not an existing folder")]
    [InlineData("Intake__Webhook__MaxAttempts", "100", "'100' is not a whole number from 1 to 20")]
    [InlineData("Intake__Webhook__RetryDelaySeconds", "soon", "'soon' is not a number from")]
    [InlineData("InquiryStore__Table", "in-quiries", "'in-quiries' is not a table name")]
    [InlineData("Intake__RateLimt__PermitLimit", "5", "is not a setting of the service: did you mean Intake__RateLimit__PermitLimit?")]
    [InlineData("InquiryStore__ConectionString", "UseDevelopmentStorage=true", "did you mean InquiryStore__ConnectionString?")]
    public async Task A_bad_setting_stops_the_service_with_its_name_and_what_is_wrong(string name, string value, string expected)
    {
        using var folder = new TempFolder();
        var (exit, stderr) = await FunctionsProcess.RunToExitAsync(folder.Path, (name, value), ("ASPNETCORE_URLS", $"http://127.0.0.1:{FreePort.Next()}"));

        Assert.Equal(1, exit);
        Assert.Contains("did not start", stderr);
        Assert.Contains($"{name}: ", stderr);
        Assert.Contains(expected, stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
    }

    [Theory]
    [InlineData("Intake__Webhook__Url", "http://hooks.example.org/services/T000/B000/s3cr3tt0ken")]
    [InlineData("Intake__Webhook__Url", "hooks.example.org/services/T000/B000/s3cr3tt0ken")]
    [InlineData("InquiryStore__ConnectionString", "AccountKey=s3cr3tt0ken;Foo=bar")]
    [InlineData("InquiryStore__ConnectionString", "TableEndpoint=not a url;AccountKey=s3cr3tt0ken")]
    [InlineData("Intake__StatusCodeKeys", "s3cr3tt0ken")]
    [InlineData("Intake__StatusCodeKeys", "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=,s3cr3tt0ken")]
    public async Task A_bad_secret_setting_is_named_but_its_value_is_not_shown(string name, string value)
    {
        using var folder = new TempFolder();
        var (exit, stderr) = await FunctionsProcess.RunToExitAsync(folder.Path, (name, value), ("ASPNETCORE_URLS", $"http://127.0.0.1:{FreePort.Next()}"));

        Assert.Equal(1, exit);
        Assert.Contains($"{name}: ", stderr);
        Assert.DoesNotContain("s3cr3tt0ken", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task In_a_function_app_a_missing_store_or_key_setting_stops_the_service()
    {
        using var folder = new TempFolder();
        var (exit, stderr) = await FunctionsProcess.RunToExitAsync(folder.Path,
            ("FUNCTIONS_CUSTOMHANDLER_PORT", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Intake__StatusCodeKeys", ""));

        Assert.Equal(1, exit);
        Assert.Contains("InquiryStore__ConnectionString: is missing", stderr);
        Assert.Contains("Intake__StatusCodeKeys: is missing: in a Function App", stderr);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, ".data")), "nothing was stored on the app's own disk");
    }

    [Fact]
    public async Task Every_problem_is_listed_at_once()
    {
        using var folder = new TempFolder();
        var (exit, stderr) = await FunctionsProcess.RunToExitAsync(
            folder.Path,
            ("Intake__RateLimit__PermitLimit", "many"),
            ("Intake__RetryAfterSeconds", "later"),
            ("InquiryStore__Table", "x"),
            ("ASPNETCORE_URLS", $"http://127.0.0.1:{FreePort.Next()}"));

        Assert.Equal(1, exit);
        Assert.Contains("Intake__RateLimit__PermitLimit: 'many'", stderr);
        Assert.Contains("Intake__RetryAfterSeconds: 'later'", stderr);
        Assert.Contains("InquiryStore__Table: 'x'", stderr);
    }
}
