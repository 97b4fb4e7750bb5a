using PrivacySite.Cli.Serving;
using PrivacySite.Content.Addresses;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Storage.Files;
using PrivacySite.Site;

namespace PrivacySite.BrowserTests.Forms;

/// <summary>
/// A site built with --intake-url, served alone on one origin with the CSP it publishes, sending to the
/// intake service on another: the CSP lets the form post and fetch there, the service's CORS lets the
/// site read its answers, and the submission is stored, with JavaScript on and off.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class CrossOriginTests(SiteFixture site)
{
    [Fact]
    public async Task A_site_built_with_an_intake_url_sends_its_forms_to_the_service_on_another_origin()
    {
        var work = Path.Combine(RepoPaths.Root, "artifacts", "browser-tests", "cross-origin-" + Guid.NewGuid().ToString("N"));
        var siteAddress = $"http://127.0.0.1:{FreePort.Next()}/";
        var intakeOrigin = $"http://127.0.0.1:{FreePort.Next()}";
        var store = Path.Combine(work, "inquiries");
        var output = Path.Combine(work, "output");
        try
        {
            var result = await SiteBuilder.BuildAsync(new BuildOptions(RepoPaths.SampleSociety, output, RepoPaths.ThemeAssets, IntakeUrl: intakeOrigin, NoticeHistory: false));
            Assert.True(result.Succeeded);
            await using var staticSite = LocalSiteApp.Create(output, new Uri(siteAddress).Port, formOrigins: intakeOrigin);
            await using var intake = LocalSiteApp.Create(Path.Combine(work, "nothing"), new Uri(intakeOrigin).Port, intake: new LocalIntake(RepoPaths.SampleSociety, new Dictionary<string, string?>
            {
                ["InquiryStore:Path"] = store,
                ["Intake:SiteBaseUrl"] = siteAddress,
            }));
            await staticSite.StartAsync();
            await intake.StartAsync();

            foreach (var javaScript in new[] { true, false })
            {
                var name = $"cross-origin-{(javaScript ? "js" : "nojs")}";
                await using var session = await FormSession.OpenAsync(site, name, javaScript);
                var page = session.Page;
                await page.GotoAsync(new SiteUrls(siteAddress).Absolute(InquiryKind.Complaint.FormSlug(), Language.En));
                Assert.Equal(intakeOrigin + "/api/inquiries/complaint", await page.GetAttributeAsync("form", "action"));
                await new Member(Language.En, name + Guid.NewGuid().ToString("N")).FillAsync(page, InquiryKind.Complaint);

                var reference = await session.SendExpectingReceiptAsync();
                Assert.StartsWith(intakeOrigin + "/api/inquiries/receipt/en?ref=", page.Url, StringComparison.Ordinal);
                Assert.NotNull(await new FileInquiryStore(store).GetAsync(ReferenceNumber.Parse(reference), CancellationToken.None));
                session.AssertClean();
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
