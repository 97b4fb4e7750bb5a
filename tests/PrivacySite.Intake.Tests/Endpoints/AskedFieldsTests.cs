using AngleSharp.Html.Parser;

namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>
/// A society whose forms do not ask the insurance card or the phone number (asked: false in content/forms/fields.yaml):
/// the service validates with the same choice, refusing those items, and the form it shows again with errors lacks them.
/// </summary>
public sealed class AskedFieldsTests : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IntakeApp _app;

    public AskedFieldsTests()
    {
        var content = _folder.Combine("content");
        TestFiles.CopyFolder(RepoPaths.SampleSociety, content);
        FormsLeavingOut.Apply(content, "card_symbol", "card_number", "phone");
        _app = new IntakeApp(settings: new Dictionary<string, string?> { ["Intake:ContentPath"] = content });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task An_item_the_form_does_not_ask_is_refused_and_nothing_is_stored()
    {
        using var client = _app.Client();

        var response = await _app.PostJson(client, "complaint", Samples.ComplaintJson());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal(("phone", "unknown_field"), (error.GetProperty("field").GetString(), error.GetProperty("code").GetString()));
        Assert.Equal(0, await _app.StoredCountAsync());
    }

    [Fact]
    public async Task A_submission_without_the_items_left_out_is_stored()
    {
        using var client = _app.Client();
        var body = Samples.ComplaintJson();
        body.Remove("phone");

        Assert.Equal(HttpStatusCode.Created, (await _app.PostJson(client, "complaint", body)).StatusCode);
        Assert.Equal(1, await _app.StoredCountAsync());
    }

    [Fact]
    public async Task The_form_shown_again_with_its_errors_asks_neither_the_card_nor_the_phone_nor_offers_answers_by_phone()
    {
        using var client = _app.Client();
        var form = Samples.RequestForm().Where(p => p.Key is not ("phone" or "name")).ToList();

        var response = await _app.PostForm(client, "request", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("input[name='name']"));
        Assert.Empty(page.QuerySelectorAll("input[name='card_symbol'], input[name='card_number'], input[name='phone']"));
        Assert.Equal(["email", "post"], page.QuerySelectorAll("input[name='contact_preference']").Select(i => i.GetAttribute("value")));
    }
}
