using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>
/// The function.json files and the app agree: every HTTP function's route and methods reach an
/// endpoint the app really maps, and every endpoint the app maps has a function, so the Functions
/// host neither forwards to nothing nor leaves an endpoint unreachable. A function with another
/// trigger (the outbox's timer) reaches the endpoint named after its folder, outside the /api prefix.
/// </summary>
public sealed class FunctionRoutesTests(IntakeAppFixture fixture) : IClassFixture<IntakeAppFixture>
{
    private const string RoutePrefix = "api";
    private const string CatchAll = "/{*path}";

    private static bool Under(string route, string prefix) => route == prefix || route.StartsWith(prefix + "/", StringComparison.Ordinal);

    private static IReadOnlyList<(string Folder, string Route, string[] Methods)> Functions() =>
    [
        .. Directory.GetDirectories(Path.Combine(RepoPaths.Root, "functions", "PrivacySite.Functions"))
            .Where(d => File.Exists(Path.Combine(d, "function.json")))
            .Select(d =>
            {
                using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(d, "function.json")));
                var trigger = json.RootElement.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("direction").GetString() == "in");
                return trigger.GetProperty("type").GetString() == "httpTrigger"
                    ? (Path.GetFileName(d), $"/{RoutePrefix}/{trigger.GetProperty("route").GetString()}",
                        trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).ToArray())
                    : (Path.GetFileName(d), "/" + Path.GetFileName(d), ["POST"]);
            }),
    ];

    private IReadOnlyList<RouteEndpoint> Endpoints()
    {
        using var _ = fixture.App.Client();
        return [.. fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];
    }

    [Fact]
    public void Every_function_reaches_an_endpoint_with_its_methods()
    {
        var endpoints = Endpoints();
        var functions = Functions();
        Assert.NotEmpty(functions);
        foreach (var (folder, route, methods) in functions)
        {
            // One route may be mapped once per method (the status page's GET and POST).
            var mapped = endpoints.Where(e => "/" + e.RoutePattern.RawText!.TrimStart('/') == route).Select(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!).ToList();
            Assert.True(mapped.Count > 0, $"{folder}/function.json routes {route} to the app, which maps no such endpoint");
            foreach (var method in methods)
            {
                // OPTIONS is the browser's CORS preflight, answered for the endpoint that takes the POST.
                Assert.True(mapped.Any(m => method == "OPTIONS" ? m.AcceptCorsPreflight : m.HttpMethods.Contains(method)), $"{folder}: the app's {route} does not take {method}");
            }
        }
    }

    [Fact]
    public void Every_endpoint_of_the_app_has_a_function()
    {
        var functions = Functions();
        foreach (var endpoint in Endpoints())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            // A function whose route ends in a catch-all ({*path}) forwards every address under its prefix (the desk's).
            var function = functions.Where(f => f.Route == route || (f.Route.EndsWith(CatchAll, StringComparison.Ordinal) && Under(route, f.Route[..^CatchAll.Length]))).ToList();
            Assert.True(function.Count == 1, $"the app maps {route}, which {function.Count} function.json files route to (should be one)");
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!;
            Assert.All(methods.HttpMethods, m => Assert.Contains(m, function[0].Methods));
            Assert.Equal(methods.AcceptCorsPreflight, function[0].Methods.Contains("OPTIONS"));
        }
    }
}
