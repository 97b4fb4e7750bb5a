namespace PrivacySite.Intake.Tests.Publishing;

/// <summary>
/// scripts/package-functions.sh, as the deploy workflow runs it: the folder it makes holds everything
/// a Linux Function App needs, and the executable host.json names really starts from it, as the
/// Functions host would start it, and takes a submission using only what the package holds.
/// </summary>
public sealed class PackageScriptTests(PackagedFunctionApp package) : IClassFixture<PackagedFunctionApp>
{
    private string Package => package.Folder;

    private static string FunctionsSource => Path.Combine(RepoPaths.Root, "functions", "PrivacySite.Functions");

    [Fact]
    public void The_package_holds_host_json_the_executable_it_names_and_every_function()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Package, "host.json")));
        var executable = Path.Combine(Package, host.RootElement.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString()!);
        Assert.True(File.Exists(executable), $"{executable} is missing");
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(executable).HasFlag(UnixFileMode.UserExecute), "the executable may not be run");

        var functions = Directory.GetDirectories(FunctionsSource).Where(d => File.Exists(Path.Combine(d, "function.json"))).ToList();
        Assert.NotEmpty(functions);
        foreach (var function in functions)
        {
            var packaged = Path.Combine(Package, Path.GetFileName(function), "function.json");
            Assert.True(File.Exists(packaged), $"{packaged} is missing");
            Assert.Equal(File.ReadAllText(Path.Combine(function, "function.json")), File.ReadAllText(packaged));
        }
    }

    [Fact]
    public void The_package_holds_the_content_the_service_answers_with_and_no_local_settings()
    {
        // The data files and UI strings; the Markdown pages and the editors' schemas are the site's. The
        // package deploys the checkout's own content/, whichever society's it is, so that is what it must hold.
        var own = Path.Combine(RepoPaths.Root, "content");
        var expected = Directory.EnumerateFiles(own, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(own, f))
            .Where(f => !f.StartsWith("pages", StringComparison.Ordinal) && !f.StartsWith("schemas", StringComparison.Ordinal)).Order();
        var packaged = Directory.EnumerateFiles(Path.Combine(Package, "content"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(Package, "content"), f)).Order();
        Assert.Equal(expected, packaged);
        Assert.Empty(Directory.GetFiles(Package, "local.settings*.json"));
    }

    [Fact]
    public async Task The_packaged_executable_starts_as_the_functions_host_starts_it_and_stores_a_submission()
    {
        using var workingFolder = new TempFolder();
        var port = FreePort.Next();
        using var process = FunctionsProcess.Start(
            Package,
            [("FUNCTIONS_CUSTOMHANDLER_PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("InquiryStore__Path", workingFolder.Combine("store"))],
            executable: Path.Combine(Package, "PrivacySite.Functions"));
        try
        {
            using var http = new HttpClient();
            var health = await FunctionsProcess.WaitForAnswerAsync(http, port, "/api/health");
            Assert.NotNull(health);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);

            var submitted = await http.PostAsJsonAsync($"http://127.0.0.1:{port}/api/inquiries/complaint", Samples.ComplaintJson());
            Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
            var reference = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString();

            var receipt = await http.GetAsync($"http://127.0.0.1:{port}/api/inquiries/receipt/ja?ref={reference}");
            Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
            Assert.Contains(reference!, await receipt.Content.ReadAsStringAsync());
            Assert.Single(Directory.GetFiles(workingFolder.Combine("store", "records")));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
