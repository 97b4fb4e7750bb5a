using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Audit;
using PrivacySite.Inquiries.Documents;
using PrivacySite.Intake.Desk;

namespace PrivacySite.Intake.Tests.Desk;

/// <summary>
/// The desk lists a request's identity documents on its page and opens each as a download (never cached, sandboxed),
/// recording every opening in the audit trail; a name that is not the server's, or another inquiry's, is 404.
/// </summary>
public sealed class DeskDocumentTests(DeskApp desk) : IClassFixture<DeskApp>
{
    private IDocumentStore Documents => desk.App.Services.GetRequiredService<IDocumentStore>();

    [Fact]
    public async Task A_viewer_sees_the_documents_listed_and_opening_one_is_in_the_audit_trail()
    {
        var set = DocumentSetId.New();
        var pdf = UploadSamples.Pdf();
        await Documents.PutAsync(set, DocumentName.For(1, DocumentType.Pdf), new MemoryStream(pdf), CancellationToken.None);
        var record = DeskSamples.Record() with { DocumentSet = set.Value };
        await desk.App.Store.AddAsync(record, [], CancellationToken.None);
        var client = await desk.SignedInAsync("viewer");

        var page = new HtmlParser().ParseDocument(await (await client.GetAsync(DeskRoutes.Detail(Language.En, record.Reference))).Content.ReadAsStringAsync());
        var link = page.QuerySelector(".desk-documents a")!;
        Assert.Equal(DeskRoutes.Document(Language.En, record.Reference, "1.pdf"), link.GetAttribute("href"));
        Assert.Contains("PDF", link.TextContent);

        var response = await client.GetAsync(link.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{record.Reference.Value}-1.pdf", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("sandbox", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")));
        var trail = await desk.App.Services.GetRequiredService<IAuditTrail>().ReadAsync(CancellationToken.None);
        Assert.Contains(trail, r => r.Action == AuditAction.OpenedDocument && r.Actor == "Viewer Test" && r.References.SequenceEqual([record.Reference.Value]));
    }

    [Fact]
    public async Task Only_the_inquirys_own_documents_under_the_servers_names_open()
    {
        var set = DocumentSetId.New();
        await Documents.PutAsync(set, DocumentName.For(1, DocumentType.Pdf), new MemoryStream(UploadSamples.Pdf()), CancellationToken.None);
        var owner = DeskSamples.Record() with { DocumentSet = set.Value };
        var other = DeskSamples.Record();
        await desk.App.Store.AddAsync(owner, [], CancellationToken.None);
        await desk.App.Store.AddAsync(other, [], CancellationToken.None);
        var client = await desk.SignedInAsync("viewer");

        foreach (var address in new[]
        {
            DeskRoutes.Document(Language.En, other.Reference, "1.pdf"),
            DeskRoutes.Document(Language.En, owner.Reference, "2.pdf"),
            DeskRoutes.Document(Language.En, owner.Reference, "..%2F1.pdf"),
            DeskRoutes.Document(Language.En, owner.Reference, "1.exe"),
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(address)).StatusCode);
        }

        var anonymous = await desk.Anonymous().GetAsync(DeskRoutes.Document(Language.En, owner.Reference, "1.pdf"));
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }
}
