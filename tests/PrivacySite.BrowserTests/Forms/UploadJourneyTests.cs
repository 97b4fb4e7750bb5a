using Microsoft.Playwright;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Documents;

namespace PrivacySite.BrowserTests.Forms;

/// <summary>
/// The request form with identity documents, in each language, with JavaScript on (a desktop window) and off (a 360 px
/// phone): the documents listed follow the requester chosen; a file that is not what it claims comes back as an error at
/// the file input, with nothing stored; a PDF and a photo then reach a receipt, stored in the inquiry's set. Every state
/// passes axe-core and the Nu Html Checker under the production headers, with no CSP violation and no console error.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class UploadJourneyTests(SiteFixture site)
{
    public static TheoryData<Language, bool> Runs()
    {
        var runs = new TheoryData<Language, bool>();
        foreach (var language in Languages.All)
        {
            runs.Add(language, true);
            runs.Add(language, false);
        }

        return runs;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task A_member_sends_identity_documents_with_the_request(Language language, bool javaScript)
    {
        var name = $"upload-{language.Code()}-{(javaScript ? "js" : "nojs")}";
        await using var session = await FormSession.OpenAsync(site, name, javaScript, width: javaScript ? 1280 : 360);
        var page = session.Page;
        var member = new Member(language, name + "-" + Guid.NewGuid().ToString("N")[..8]);

        await page.GotoAsync(site.Url(InquiryKind.Request.FormSlug(), language));
        Assert.Equal("application/pdf,image/jpeg,image/png", await page.GetAttributeAsync("#documents", "accept"));
        await member.FillAsync(page, InquiryKind.Request);
        Assert.True(await page.IsVisibleAsync(".upload__needs[data-requester=self]"), "the member's own documents are not listed");
        Assert.False(await page.IsVisibleAsync(".upload__needs[data-requester=appointed_agent]"), "an agent's documents show for the member themself");
        await session.CheckStateAsync("upload-empty");

        // A web page named as a photo: the device calls it a JPEG, the service reads its bytes.
        var stored = await site.StoredCountAsync();
        await page.SetInputFilesAsync("#documents", [new FilePayload { Name = "photo.jpg", MimeType = "image/jpeg", Buffer = UploadSamples.HtmlNamedAsJpeg() }]);
        await session.SendExpectingErrorsAsync();

        Assert.Equal(["documents"], await page.EvalOnSelectorAllAsync<string[]>(".error-summary a", "links => links.map(a => a.hash.slice(1))"));
        Assert.Contains(site.Forms.Message("file_type", language), await page.TextContentAsync("#documents-error"), StringComparison.Ordinal);
        Assert.Equal(stored, await site.StoredCountAsync());
        await session.CheckStateAsync("upload-errors");

        await page.SetInputFilesAsync("#documents",
        [
            new FilePayload { Name = "scan.pdf", MimeType = "application/pdf", Buffer = UploadSamples.Pdf() },
            new FilePayload { Name = "card.jpg", MimeType = "image/jpeg", Buffer = UploadSamples.JpegWithExif() },
        ]);
        if (!javaScript)
        {
            // Without the script the page came back from the service: everything typed is kept but the files.
            await member.FillAsync(page, InquiryKind.Request);
        }

        var reference = await session.SendExpectingReceiptAsync();

        var record = (await site.Store.GetAsync(ReferenceNumber.Parse(reference), CancellationToken.None))!;
        Assert.True(DocumentSetId.TryParse(record.DocumentSet, out var set), "the inquiry names no documents");
        var documents = new FolderDocumentStore(Path.Combine(Path.GetDirectoryName(site.StoreFolder)!, "documents"));
        Assert.Equal(["1.pdf", "2.jpg"], (await documents.ListAsync(set.Value, CancellationToken.None)).Select(d => d.Name.Value));
        await session.CheckStateAsync("upload-receipt");
        session.AssertClean();
    }
}
