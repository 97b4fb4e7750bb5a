using AngleSharp.Html.Parser;
using PrivacySite.Content.Model;
using Microsoft.Extensions.DependencyInjection;
using PrivacySite.Forms.Validation;

namespace PrivacySite.Intake.Tests.Uploads;

/// <summary>
/// The request form as the service draws it again after a refused upload: sent as multipart/form-data, its file input
/// accepting only PDF, JPEG and PNG, the documents each kind of requester needs and the notes, all in the content's words.
/// </summary>
public sealed class UploadFormPageTests(IntakeAppFixture fixture) : IClassFixture<IntakeAppFixture>
{
    private readonly IntakeApp _app = fixture.App;

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task The_request_form_takes_files_and_says_which_documents_and_how(string lang)
    {
        using var client = _app.Client();
        var fields = Samples.RequestForm(lang: lang);
        var response = await UploadForm.PostAsync(_app, client, UploadForm.Build(fields, ("x.jpg", UploadSamples.HtmlNamedAsJpeg(), "image/jpeg")), fields);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var content = SampleContent.Content;
        Languages.TryParse(lang, out var language);
        var upload = content.Forms.Pages.Upload!;

        var form = document.QuerySelector("form.form")!;
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var input = document.QuerySelector("input[type=file]")!;
        Assert.Equal("documents", input.GetAttribute("name"));
        Assert.Equal("application/pdf,image/jpeg,image/png", input.GetAttribute("accept"));
        Assert.True(input.HasAttribute("multiple"));
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("#documents", document.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(upload.Label[language], document.QuerySelector("label[for=documents]")!.TextContent.Replace(content.Forms.Pages.Optional[language], "", StringComparison.Ordinal).Trim());
        var notes = document.QuerySelectorAll(".upload__notes li").Select(li => li.TextContent).ToList();
        Assert.Equal(upload.Notes.Select(n => n[language]), notes);
        var identity = content.Notice.Requests.Identity;
        foreach (var (requester, documents) in new[] { ("self", identity.Person), ("legal_representative", identity.LegalRepresentative), ("appointed_agent", identity.AppointedAgent) })
        {
            var needs = document.QuerySelector($".upload__needs[data-requester={requester}]")!;
            Assert.Equal(documents.Select(d => d[language]), needs.QuerySelectorAll("li").Select(li => li.TextContent));
        }

        var message = _app.Services.GetRequiredService<PrivacySite.Intake.Responses.IntakePages>().Text.Message(ErrorCodes.FileType, language);
        Assert.EndsWith(message, document.QuerySelector("#documents-error")!.TextContent);
    }

    [Fact]
    public async Task The_complaint_form_has_no_file_input()
    {
        using var client = _app.Client();
        var response = await _app.PostForm(client, "complaint", [new("lang", "en")]);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Null(document.QuerySelector("input[type=file]"));
        Assert.Null(document.QuerySelector("form.form")!.GetAttribute("enctype"));
    }
}
