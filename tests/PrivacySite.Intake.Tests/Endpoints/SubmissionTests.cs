using AngleSharp.Html.Parser;
using PrivacySite.Forms.Model;

namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>The two ways in (HTML form, JSON) and their answers, on the embedded file store.</summary>
public sealed class SubmissionTests(IntakeAppFixture fixture) : IClassFixture<IntakeAppFixture>
{
    private readonly IntakeApp _app = fixture.App;

    [Fact]
    public async Task Json_is_stored_and_answered_201_with_the_reference_and_time()
    {
        using var client = _app.Client();
        var response = await _app.PostJson(client, "complaint", Samples.ComplaintJson());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(ReferenceNumber.TryParse(json.RootElement.GetProperty("reference").GetString(), out var reference));
        Assert.Equal(InquiryKind.Complaint, reference.Value.Kind);
        Assert.True(json.RootElement.TryGetProperty("receivedAt", out var receivedAt) && receivedAt.GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));

        var stored = await _app.Store.GetAsync(reference.Value, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal("ミホン ハナコ", stored.Values["furigana"][0]);
        Assert.Equal("1985-04-01", stored.Values["date_of_birth"][0]);
    }

    [Fact]
    public async Task A_form_post_is_stored_and_redirected_303_to_a_receipt_that_carries_only_the_reference()
    {
        using var client = _app.Client();
        var form = Samples.RequestForm(lang: "en");
        var response = await _app.PostForm(client, "request", form);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches(@"^/api/inquiries/receipt/en\?ref=D-[0-9A-Z]{4}-[0-9A-Z]{4}$", location);
        var reference = ReferenceNumber.Parse(location[(location.IndexOf('=') + 1)..]);
        var stored = await _app.Store.GetAsync(reference, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(["disclosure", "correction"], stored.Values["request_kinds"]);
        Assert.Equal("100-0001", stored.Values["postal_code"][0]);
        Assert.Equal("0300000000", stored.Values["phone"][0]);
        Assert.Equal("1970-12-31", stored.Values["date_of_birth"][0]);

        var receipt = await client.GetAsync(location);
        var page = await receipt.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        var document = new HtmlParser().ParseDocument(page);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(reference.Value, document.QuerySelector(".reference")!.TextContent);
        Assert.DoesNotContain("見本", page);
    }

    [Fact]
    public async Task A_form_post_with_mistakes_gets_the_form_again_with_an_error_summary_and_its_values()
    {
        using var client = _app.Client();
        var form = Samples.RequestForm()
            .Where(p => p.Key is not ("postal_code" or "consent"))
            .Select(p => p.Key == "furigana" ? new KeyValuePair<string, string>("furigana", "Mihon Taro") : p)
            .Select(p => p.Key == "date_of_birth_year" ? new KeyValuePair<string, string>("date_of_birth_year", "昭和45") : p);
        var response = await _app.PostForm(client, "request", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("エラー: 開示等の請求", document.Title);
        Assert.Equal("ja", document.DocumentElement.GetAttribute("lang"));

        var links = document.QuerySelectorAll(".error-summary a").ToList();
        Assert.Equal(4, links.Count);
        Assert.Contains(links, l => l.TextContent.Contains("西暦", StringComparison.Ordinal));
        foreach (var link in links)
        {
            Assert.NotNull(document.GetElementById(link.GetAttribute("href")!.TrimStart('#')));
        }

        Assert.Equal("見本 太郎", document.QuerySelector("input[name=name]")!.GetAttribute("value"));
        Assert.Equal("Mihon Taro", document.QuerySelector("input[name=furigana]")!.GetAttribute("value"));
        Assert.Equal("昭和45", document.QuerySelector("input[name=date_of_birth_year]")!.GetAttribute("value"));
        Assert.Equal("2023年度の健診結果", document.QuerySelector("textarea[name=data_concerned]")!.TextContent);
        Assert.True(document.QuerySelector("input[name=request_kinds][value=correction]")!.HasAttribute("checked"));
        Assert.False(document.QuerySelector("input[name=request_kinds][value=suspension]")!.HasAttribute("checked"));
        Assert.Equal("/api/inquiries/request", document.QuerySelector("form")!.GetAttribute("action"));
        Assert.Equal("true", document.QuerySelector("input[name=furigana]")!.GetAttribute("aria-invalid"));
        Assert.Equal(0, await CountReferencesAsync(document.Body!.TextContent));
    }

    [Fact]
    public async Task The_error_page_follows_the_language_of_the_form()
    {
        using var client = _app.Client();
        var response = await _app.PostForm(client, "complaint", [new("lang", "en"), new("name", "Hanako Mihon"), new("contact_preference", "email")]);

        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Error: Complaints and questions", document.Title);
        Assert.Contains(document.QuerySelectorAll(".error-summary a"), a => a.TextContent == "Enter an e-mail address");
    }

    [Fact]
    public async Task Json_errors_list_each_field_code_and_message_in_both_languages()
    {
        using var client = _app.Client();
        var body = Samples.ComplaintJson();
        body["postal_code"] = "123";
        body.Remove("email");
        var response = await _app.PostJson(client, "complaint", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(["postal_code", "email"], errors.Select(e => e.GetProperty("field").GetString()));
        Assert.Equal(["postal_code_format", "required"], errors.Select(e => e.GetProperty("code").GetString()));
        var message = errors[0].GetProperty("message");
        Assert.Equal("「郵便番号」は7桁の数字で入力してください（例: 100-0000）", message.GetProperty("ja").GetString());
        Assert.Equal("Enter the postal code as 7 digits, for example 100-0000", message.GetProperty("en").GetString());
    }

    [Fact]
    public async Task The_same_token_twice_is_stored_once_and_answers_with_the_first_reference()
    {
        using var client = _app.Client();
        var token = Samples.NewToken();
        var first = await _app.PostJson(client, "complaint", Samples.ComplaintJson(token));
        var second = await _app.PostJson(client, "complaint", Samples.ComplaintJson(token));

        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(a.GetProperty("reference").GetString(), b.GetProperty("reference").GetString());
        Assert.Equal(a.GetProperty("receivedAt").GetString(), b.GetProperty("receivedAt").GetString());
        Assert.Equal(["true"], second.Headers.GetValues("Idempotent-Replayed"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_token_sent_again_with_other_answers_is_refused_422_and_the_first_answers_stay(bool asHeader)
    {
        using var client = _app.Client();
        var token = Samples.NewToken();
        var original = Samples.ComplaintJson(asHeader ? null : token);
        var first = await _app.PostJson(client, "complaint", original, asHeader ? token : null);
        var before = await _app.StoredCountAsync();
        var changed = Samples.ComplaintJson(asHeader ? null : token);
        changed["description"] = "再送信で書き換えた内容";

        var second = await _app.PostJson(client, "complaint", changed, asHeader ? token : null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.False(second.Headers.Contains("Idempotent-Replayed"));
        var error = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal("sent_before_with_other_answers", error.GetProperty("code").GetString());
        Assert.Contains("別の内容", error.GetProperty("message").GetProperty("ja").GetString());
        Assert.Contains("already sent with other answers", error.GetProperty("message").GetProperty("en").GetString());
        Assert.Equal(before, await _app.StoredCountAsync());
        var reference = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        Assert.Equal(original["description"], (await _app.Store.GetAsync(ReferenceNumber.Parse(reference), CancellationToken.None))!.Values["description"][0]);

        // The first answers still replay.
        var again = await _app.PostJson(client, "complaint", original, asHeader ? token : null);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task The_idempotency_key_header_works_like_the_hidden_field()
    {
        using var client = _app.Client();
        var key = Samples.NewToken();
        var before = await _app.StoredCountAsync();
        var first = await _app.PostJson(client, "complaint", Samples.ComplaintJson(), key);
        var second = await _app.PostJson(client, "complaint", Samples.ComplaintJson(), key);

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString(),
            (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString());
        Assert.Equal(before + 1, await _app.StoredCountAsync());
    }

    [Fact]
    public async Task A_form_posted_twice_without_a_token_is_stored_once()
    {
        using var client = _app.Client();
        var form = Samples.RequestForm().Select(p => p.Key == "name" ? new KeyValuePair<string, string>("name", "見本 二郎") : p).ToList();
        var first = await _app.PostForm(client, "request", form);
        var second = await _app.PostForm(client, "request", form);

        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
    }

    [Fact]
    public async Task Different_tokens_are_different_submissions()
    {
        using var client = _app.Client();
        var before = await _app.StoredCountAsync();
        await _app.PostJson(client, "complaint", Samples.ComplaintJson(Samples.NewToken()));
        await _app.PostJson(client, "complaint", Samples.ComplaintJson(Samples.NewToken()));
        Assert.Equal(before + 2, await _app.StoredCountAsync());
    }

    [Fact]
    public async Task A_filled_in_honeypot_looks_accepted_but_nothing_is_stored()
    {
        using var client = _app.Client();
        var before = await _app.StoredCountAsync();
        var body = Samples.ComplaintJson();
        body["website"] = "http://spam.example.org";
        var json = await _app.PostJson(client, "complaint", body);
        var form = await _app.PostForm(client, "request", [.. Samples.RequestForm(), new("website", "cheap pills")]);

        Assert.Equal(HttpStatusCode.Created, json.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, form.StatusCode);
        Assert.Equal(before, await _app.StoredCountAsync());
        Assert.Contains(_app.Logs.Lines, l => l.Contains("honeypot", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/xml")]
    public async Task Other_content_types_are_refused_with_415(string contentType)
    {
        using var client = _app.Client();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/inquiries/complaint") { Content = new StringContent("{}") };
        request.Content.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Every_answer_carries_the_privacy_and_security_headers()
    {
        using var client = _app.Client();
        var responses = new[]
        {
            await _app.PostJson(client, "complaint", Samples.ComplaintJson()),
            await _app.PostForm(client, "complaint", [new("name", "見本")]),
            await _app.PostForm(client, "request", Samples.RequestForm(Samples.NewToken())),
            await client.GetAsync("/api/health"),
            await client.GetAsync("/api/inquiries/receipt/ja?ref=D-0000-0000"),
            await client.PostAsync("/api/inquiries/complaint", new StringContent("x")),
        };
        foreach (var response in responses)
        {
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("default-src 'none'", csp);
            Assert.Contains("style-src https://privacy.example.org", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
        }
    }

    [Fact]
    public async Task Cors_allows_only_the_site_origin()
    {
        using var client = _app.Client();
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, "/api/inquiries/complaint");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type,idempotency-key");
            return await client.SendAsync(request);
        }

        var allowed = await Preflight("https://privacy.example.org");
        Assert.Equal("https://privacy.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var other = await Preflight("https://evil.example.net");
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Health_reports_the_store_as_reachable()
    {
        using var client = _app.Client();
        var response = await client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal("file", json.GetProperty("store").GetString());
    }

    [Theory]
    [InlineData("/api/inquiries/receipt/ja?ref=nonsense", HttpStatusCode.NotFound)]
    [InlineData("/api/inquiries/receipt/ja", HttpStatusCode.NotFound)]
    [InlineData("/api/inquiries/receipt/fr?ref=D-7KQ4-M9TX", HttpStatusCode.NotFound)]
    [InlineData("/api/inquiries/receipt/en?ref=d7kq4m9tx", HttpStatusCode.OK)]
    public async Task Receipts_show_only_well_formed_references(string url, HttpStatusCode status)
    {
        using var client = _app.Client();
        Assert.Equal(status, (await client.GetAsync(url)).StatusCode);
    }

    private static Task<int> CountReferencesAsync(string text) =>
        Task.FromResult(System.Text.RegularExpressions.Regex.Matches(text, "[DC]-[0-9A-Z]{4}-[0-9A-Z]{4}").Count);
}
