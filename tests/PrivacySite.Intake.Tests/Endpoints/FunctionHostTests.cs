namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>
/// The published shape for Azure Functions: host.json and function.json files that route every
/// endpoint to the custom handler, which listens on FUNCTIONS_CUSTOMHANDLER_PORT and refuses to
/// start on broken content.
/// </summary>
public sealed class FunctionHostTests
{
    private static string FunctionsFolder => Path.Combine(RepoPaths.Root, "functions", "PrivacySite.Functions");

    [Fact]
    public void Host_json_forwards_http_requests_to_the_custom_handler()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsFolder, "host.json")));
        var handler = host.RootElement.GetProperty("customHandler");
        Assert.Equal("PrivacySite.Functions", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal("api", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Theory]
    [InlineData("inquiries-request", "inquiries/request", "post")]
    [InlineData("inquiries-complaint", "inquiries/complaint", "post")]
    [InlineData("inquiries-receipt", "inquiries/receipt/{lang}", "get")]
    [InlineData("health", "health", "get")]
    public void Each_endpoint_has_an_http_function(string folder, string route, string method)
    {
        using var function = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsFolder, folder, "function.json")));
        var bindings = function.RootElement.GetProperty("bindings").EnumerateArray().ToList();
        var trigger = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal("in", trigger.GetProperty("direction").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal("anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Contains(method, trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Single(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "out");
    }

    [Fact]
    public void The_outbox_runs_on_a_timer_function_the_handler_answers()
    {
        using var function = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsFolder, "outbox-dispatch", "function.json")));
        var trigger = Assert.Single(function.RootElement.GetProperty("bindings").EnumerateArray());
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("in", trigger.GetProperty("direction").GetString());
        Assert.Equal("0 */1 * * * *", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public async Task The_handler_listens_on_the_port_the_functions_host_gives_it()
    {
        using var folder = new TempFolder();
        var port = FreePort.Next();
        using var process = FunctionsProcess.Start(folder.Path, [("FUNCTIONS_CUSTOMHANDLER_PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("InquiryStore__Path", "store")]);
        try
        {
            using var http = new HttpClient();
            var response = await FunctionsProcess.WaitForAnswerAsync(http, port, "/api/health");

            Assert.NotNull(response);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(Directory.Exists(Path.Combine(folder.Path, "store")), "a relative store folder lies under the working folder");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Broken_content_stops_the_service_with_a_clear_message()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleSociety, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content, Path.GetRelativePath(RepoPaths.SampleSociety, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var messages = Path.Combine(content, "forms", "messages.yaml");
        File.WriteAllText(messages, File.ReadAllText(messages).Replace("  - code: too_long", "  - code: too_lng", StringComparison.Ordinal));

        var (exit, text) = await FunctionsProcess.RunToExitAsync(folder.Path, ("Intake__ContentPath", content), ("ASPNETCORE_URLS", $"http://127.0.0.1:{FreePort.Next()}"));

        Assert.Equal(1, exit);
        Assert.Contains("did not start", text);
        Assert.Contains("forms/messages.yaml", text);
        Assert.Contains("PS0803", text);      // the message for too_long is missing
        Assert.Contains("PS0804", text);      // too_lng is not an error code
        Assert.DoesNotContain("   at ", text);
    }
}
