using System.Net;
using AngleSharp.Html.Parser;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage.Files;

namespace PrivacySite.Tests.Cli;

/// <summary>`privacysite serve` runs the site and the intake service together: a form sent to it ends up in the embedded store.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task A_form_sent_to_serve_is_stored_and_answered_with_its_receipt()
    {
        using var folder = new TempFolder();
        var port = FreePort.Next();
        var store = folder.Combine("inquiries");
        await using var serve = new RunningCli(RepoPaths.Root, new Dictionary<string, string?> { ["InquiryStore__Path"] = store, ["Intake__Mail__PickupFolder"] = folder.Combine("mail") },
            "serve", "--content", RepoPaths.SampleSociety, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--output", folder.Combine("out"));
        var announced = await serve.WaitForLineAsync("submissions are saved in", TimeSpan.FromMinutes(1));
        Assert.Contains(store, announced, StringComparison.Ordinal);

        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("en/complaints/form/"));
        var action = page.QuerySelector("form")!.GetAttribute("action")!;
        Assert.Equal("/api/inquiries/complaint", action);

        var response = await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["requester"] = "self", ["name"] = "Hanako Mihon", ["furigana"] = "ミホン ハナコ",
            ["date_of_birth_year"] = "1985", ["date_of_birth_month"] = "4", ["date_of_birth_day"] = "1",
            ["postal_code"] = "100-0001", ["address_prefecture"] = "Tokyo", ["address_city"] = "Chiyoda-ku", ["address_street"] = "4-5-6 Mihon-cho",
            ["phone"] = "03-0000-0000", ["email"] = "hanako@example.org", ["contact_preference"] = "email",
            ["category"] = "other", ["description"] = "A question sent to serve.", ["consent"] = "yes", ["lang"] = "en",
        }));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var receipt = response.Headers.Location!.OriginalString;
        var reference = ReferenceNumber.Parse(receipt[(receipt.IndexOf("ref=", StringComparison.Ordinal) + 4)..]);
        var record = await new FileInquiryStore(store).GetAsync(reference, CancellationToken.None);
        Assert.Equal("A question sent to serve.", record!.Values["description"][0]);

        var receiptPage = new HtmlParser().ParseDocument(await client.GetStringAsync(receipt));
        Assert.Equal(reference.Value, receiptPage.QuerySelector(".reference")!.TextContent);
        Assert.StartsWith($"http://127.0.0.1:{port}/assets/site.", receiptPage.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}
