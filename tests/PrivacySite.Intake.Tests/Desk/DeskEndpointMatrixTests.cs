using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PrivacySite.Intake.Desk;

namespace PrivacySite.Intake.Tests.Desk;

/// <summary>
/// The role × endpoint matrix: every endpoint the app maps under /api/desk is listed here with the roles that may
/// use it (a new endpoint without a row fails), and each one refuses a request without a session (a redirect to
/// the provider, nothing done) and a signed-in user without the role (403), and lets the roles in.
/// </summary>
public sealed class DeskEndpointMatrixTests(DeskApp desk) : IClassFixture<DeskApp>
{
    private static readonly string[] Everyone = ["viewer", "handler", "admin"];
    private static readonly string[] Handlers = ["handler", "admin"];
    private static readonly string[] Admins = ["admin"];
    private static readonly string[] AnyoneSignedIn = ["nobody", "viewer", "handler", "admin"];

    private static readonly Dictionary<(string Method, string Pattern), string[]> Allowed = new()
    {
        [("GET", DeskRoutes.Root)] = Everyone,
        [("GET", DeskRoutes.InboxPattern)] = Everyone,
        [("GET", DeskRoutes.DetailPattern)] = Everyone,
        [("GET", DeskRoutes.ReportsPattern)] = Everyone,
        [("GET", DeskRoutes.DocumentPattern)] = Everyone,
        [("POST", DeskRoutes.StatusPattern)] = Handlers,
        [("POST", DeskRoutes.ExtendPattern)] = Handlers,
        [("POST", DeskRoutes.AssignPattern)] = Handlers,
        [("POST", DeskRoutes.ExportPattern)] = Handlers,
        [("GET", DeskRoutes.AuditPattern)] = Admins,
        [("POST", DeskRoutes.AuditExportPattern)] = Admins,
        [("GET", DeskRoutes.PurgePattern)] = Admins,
        [("POST", DeskRoutes.PurgePattern)] = Admins,
        [("POST", DeskRoutes.SignOut)] = AnyoneSignedIn,
    };

    private IReadOnlyList<(string Method, string Pattern)> MappedEndpoints()
    {
        using var _ = desk.App.HttpsClient();
        return
        [
            .. desk.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                .Where(e => e.RoutePattern.RawText!.StartsWith(DeskRoutes.Root, StringComparison.Ordinal) && e.RoutePattern.RawText != DeskRoutes.Fallback)
                .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (m, e.RoutePattern.RawText!))),
        ];
    }

    [Fact]
    public void Every_desk_endpoint_has_a_row_in_the_matrix()
    {
        var mapped = MappedEndpoints();
        Assert.NotEmpty(mapped);
        Assert.All(mapped, endpoint => Assert.True(Allowed.ContainsKey(endpoint), $"{endpoint.Method} {endpoint.Pattern} is not in the role matrix"));
        Assert.All(Allowed.Keys, row => Assert.Contains(row, mapped));
    }

    [Fact]
    public async Task An_address_under_the_desk_that_is_no_page_is_404_for_everyone()
    {
        var admin = await desk.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Anonymous().GetAsync(DeskRoutes.Root + "/ja/nothing/here")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(DeskRoutes.Root + "/ja/nothing/here")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(DeskRoutes.Root + "/fr/")).StatusCode);
    }

    [Fact]
    public async Task Each_endpoint_refuses_no_session_and_a_user_without_the_role_and_admits_the_roles()
    {
        // With an identity document, so its address opens for the roles that may read.
        var set = PrivacySite.Inquiries.Documents.DocumentSetId.New();
        await desk.App.Services.GetRequiredService<PrivacySite.Inquiries.Documents.IDocumentStore>().PutAsync(
            set, PrivacySite.Inquiries.Documents.DocumentName.For(1, PrivacySite.Inquiries.Documents.DocumentType.Pdf), new MemoryStream(UploadSamples.Pdf()), CancellationToken.None);
        var record = DeskSamples.Record() with { DocumentSet = set.Value };
        await desk.App.Store.AddAsync(record, [], CancellationToken.None);
        var sessions = new Dictionary<string, HttpClient> { ["anonymous"] = desk.Anonymous() };
        foreach (var user in AnyoneSignedIn)
        {
            sessions[user] = await desk.SignedInAsync(user);
        }

        foreach (var ((method, pattern), allowed) in Allowed.Where(a => a.Key.Pattern != DeskRoutes.SignOut))
        {
            var path = pattern.Replace("{lang}", "ja", StringComparison.Ordinal).Replace("{reference}", record.Reference.Value, StringComparison.Ordinal)
                .Replace("{name}", "1.pdf", StringComparison.Ordinal);
            foreach (var (user, client) in sessions)
            {
                // A post without a token: a role that may use the endpoint gets past authorisation to the form check (400).
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
                {
                    Content = method == "POST" ? new FormUrlEncodedContent([new("format", "csv")]) : null,
                });
                var code = (int)response.StatusCode;
                if (user == "anonymous")
                {
                    Assert.True(code == 302 && response.Headers.Location!.ToString().StartsWith("http://127.0.0.1:", StringComparison.Ordinal), $"{method} {path} without a session answered {code}");
                }
                else if (!allowed.Contains(user))
                {
                    Assert.True(code == 403, $"{method} {path} as {user} answered {code}, not 403");
                }
                else
                {
                    Assert.True(method == "POST" ? code == 400 : code is 200 or 303, $"{method} {path} as {user} answered {code}");
                }
            }
        }

        // Nothing above changed the inquiry: every post was refused.
        var stored = await desk.App.Store.GetAsync(record.Reference, CancellationToken.None);
        Assert.Equal(record.History.Count, stored!.History.Count);
    }
}
