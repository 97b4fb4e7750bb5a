using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using PrivacySite.Forms.Validation;
using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Documents;

namespace PrivacySite.Intake.Tests.Uploads;

/// <summary>
/// The request form with identity documents (multipart/form-data) on the file store and its document folder: what is
/// taken is stored, checked and renamed by the server, before the inquiry that names it; every hostile upload is a 4xx
/// with the form again and its errors, and leaves nothing stored.
/// </summary>
public sealed class UploadSubmissionTests(IntakeAppFixture fixture) : IClassFixture<IntakeAppFixture>
{
    private readonly IntakeApp _app = fixture.App;

    private IDocumentStore Documents => _app.Services.GetRequiredService<IDocumentStore>();

    public static TheoryData<string, string> Hostile => UploadSamples.HostileCases();

    [Fact]
    public async Task Documents_are_stored_under_server_names_and_the_inquiry_names_their_set()
    {
        using var client = _app.Client();
        // Its own token: the same answers sent before would be a repeat, answered with the first inquiry and its documents.
        var fields = Samples.RequestForm(Samples.NewToken(), lang: "en");
        var pdf = UploadSamples.Pdf();

        var response = await UploadForm.PostAsync(_app, client,
            UploadForm.Build(fields, ("my passport scan.pdf", pdf, "application/pdf"), ("IMG_0042.JPG", UploadSamples.JpegWithExif(), "image/jpeg")), fields);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var stored = (await _app.Store.GetAsync(ReferenceNumber.Parse(location[(location.IndexOf('=') + 1)..]), CancellationToken.None))!;
        Assert.Equal("見本 太郎", stored.Values["name"][0]);
        Assert.True(DocumentSetId.TryParse(stored.DocumentSet, out var set));
        var listed = await Documents.ListAsync(set.Value, CancellationToken.None);
        Assert.Equal(["1.pdf", "2.jpg"], listed.Select(d => d.Name.Value));
        await using (var first = await Documents.OpenAsync(set.Value, listed[0].Name, CancellationToken.None))
        {
            Assert.Equal(pdf, ReadAll(first!));
        }

        await using (var photo = await Documents.OpenAsync(set.Value, listed[1].Name, CancellationToken.None))
        {
            Assert.DoesNotContain(UploadSamples.SecretInMetadata, Encoding.ASCII.GetString(ReadAll(photo!)));
        }

        // The names the sender gave are nowhere in the store, nor in the logs.
        var folder = Path.GetDirectoryName(_app.StoreFolder)!;
        Assert.DoesNotContain(Directory.GetFiles(folder, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("IMG_0042", StringComparison.Ordinal));
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("passport", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_form_sent_with_its_file_input_left_empty_is_stored_without_documents()
    {
        using var client = _app.Client();
        var fields = Samples.RequestForm(Samples.NewToken());
        var before = await CountSetsAsync();
        var content = UploadForm.Build(fields);
        // As a browser sends an empty file input: the part is there, without a name or bytes.
        var empty = new ByteArrayContent([]) { Headers = { ContentType = new("application/octet-stream") } };
        empty.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"documents\"; filename=\"\"");
        content.Add(empty);

        var response = await UploadForm.PostAsync(_app, client, content, fields);

        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector(".error-summary")?.TextContent);
        var location = response.Headers.Location!.OriginalString;
        var stored = (await _app.Store.GetAsync(ReferenceNumber.Parse(location[(location.IndexOf('=') + 1)..]), CancellationToken.None))!;
        Assert.Null(stored.DocumentSet);
        Assert.Equal(before, await CountSetsAsync());
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_file_gets_the_form_again_with_its_error_in_the_senders_language_and_nothing_is_stored(string sample, string code)
    {
        var bytes = UploadSamples.Make(sample);
        foreach (var lang in new[] { "ja", "en" })
        {
            var fields = Samples.RequestForm(lang: lang);
            await AssertRefusedAsync(UploadForm.Build(fields, ("good.pdf", UploadSamples.Pdf(), "application/pdf"), ("photo.jpg", bytes, "image/jpeg")), fields, code, lang);
        }
    }

    [Fact]
    public async Task Six_files_are_one_too_many()
    {
        var fields = Samples.RequestForm();
        var files = Enumerable.Range(1, 6).Select(i => ($"page{i}.png", UploadSamples.Png(), "image/png")).ToArray();

        await AssertRefusedAsync(UploadForm.Build(fields, files), fields, ErrorCodes.TooManyFiles, "ja");
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf")]
    [InlineData("..\\..\\boot.ini.pdf")]
    [InlineData("scan\u0001.pdf")]
    [InlineData("scan\r\nX-Injected: 1.pdf")]
    [InlineData("/etc/passwd")]
    public async Task A_file_name_with_a_path_or_control_characters_is_refused(string name)
    {
        var fields = Samples.RequestForm();
        var content = UploadForm.Build(fields);
        var file = new ByteArrayContent(UploadSamples.Pdf());
        // Written into the part's header as it is, as a crafted request would (HttpClient would quote or encode it).
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"documents\"; filename*=UTF-8''{Uri.EscapeDataString(name)}");
        content.Add(file);

        await AssertRefusedAsync(content, fields, ErrorCodes.FileName, "ja");
    }

    [Fact]
    public async Task A_field_mistake_beside_good_files_keeps_none_of_them_and_shows_the_field_error()
    {
        var fields = Samples.RequestForm(lang: "en").Where(p => p.Key != "name").ToList();

        await AssertRefusedAsync(UploadForm.Build(fields, ("scan.pdf", UploadSamples.Pdf(), "application/pdf")), fields, ErrorCodes.Required, "en");
    }

    [Fact]
    public async Task A_field_mistake_and_a_bad_file_are_shown_together()
    {
        var fields = Samples.RequestForm(lang: "en").Where(p => p.Key != "name").ToList();

        var summary = await AssertRefusedAsync(UploadForm.Build(fields, ("x.jpg", UploadSamples.HtmlNamedAsJpeg(), "image/jpeg")), fields, ErrorCodes.FileType, "en");

        Assert.Contains(Message(ErrorCodes.Required, "en", "name"), summary);
    }

    [Fact]
    public async Task A_complaint_takes_no_files()
    {
        using var client = _app.Client();
        var before = await _app.StoredCountAsync();
        var fields = new List<KeyValuePair<string, string>> { new("lang", "ja") };

        var response = await UploadForm.PostAsync(_app, client, UploadForm.Build(fields, ("scan.pdf", UploadSamples.Pdf(), "application/pdf")), fields, kind: "complaint");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(before, await _app.StoredCountAsync());
    }

    [Theory]
    [InlineData("no closing boundary", "--B\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\nja\r\n--B\r\nContent-Disposition: form-data; name=\"documents\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7")]
    [InlineData("part without a name", "--B\r\nContent-Disposition: form-data\r\n\r\nja\r\n--B--\r\n")]
    [InlineData("part that is not form data", "--B\r\nContent-Disposition: attachment; name=\"lang\"\r\n\r\nja\r\n--B--\r\n")]
    [InlineData("file under another field", "--B\r\nContent-Disposition: form-data; name=\"name\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7\r\n--B--\r\n")]
    [InlineData("headers that never end", "--B\r\nContent-Disposition: form-data; name=\"lang\"\r\nX: ")]
    public async Task A_broken_multipart_body_is_a_400_and_stores_nothing(string name, string body)
    {
        using var client = _app.Client();
        var before = (await _app.StoredCountAsync(), await CountSetsAsync());
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=B");

        var response = await client.PostAsync("/api/inquiries/request", content);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
        Assert.Equal(before, (await _app.StoredCountAsync(), await CountSetsAsync()));
    }

    [Fact]
    public async Task A_body_declared_larger_than_five_full_files_is_a_413_before_it_is_read()
    {
        using var client = _app.Client();
        var content = new ByteArrayContent(new byte[1024]);
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=B");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/inquiries/request") { Content = content };
        request.Content.Headers.ContentLength = 60L * 1024 * 1024;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private async Task<string> AssertRefusedAsync(HttpContent content, IEnumerable<KeyValuePair<string, string>> fields, string code, string lang)
    {
        using var client = _app.Client();
        var before = (await _app.StoredCountAsync(), await CountSetsAsync());

        var response = await UploadForm.PostAsync(_app, client, content, fields);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, (await _app.StoredCountAsync(), await CountSetsAsync()));
        var document = new HtmlParser().ParseDocument(page);
        Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
        var summary = document.QuerySelector(".error-summary")?.TextContent ?? "";
        Assert.True(summary.Contains(Message(code, lang, null), StringComparison.Ordinal), $"[{Message(code, lang, null)}] not in [{summary}]");
        return summary;
    }

    private string Message(string code, string lang, string? field)
    {
        Languages.TryParse(lang, out var language);
        return _app.Services.GetRequiredService<PrivacySite.Intake.Responses.IntakePages>().Text.Message(code, language, field);
    }

    private async Task<int> CountSetsAsync() => await Documents.SetsAsync(CancellationToken.None).CountAsync();

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
