using System.Net.Http.Headers;

namespace PrivacySite.Intake.Tests.Uploads;

/// <summary>A request form sent as multipart/form-data with files, as a browser sends the form with its file input.</summary>
internal static class UploadForm
{
    public static MultipartFormDataContent Build(IEnumerable<KeyValuePair<string, string>> fields, params (string Name, byte[] Bytes, string DeclaredType)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, bytes, declared) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(declared);
            content.Add(file, "documents", name);
        }

        return content;
    }

    public static Task<HttpResponseMessage> PostAsync(IntakeApp app, HttpClient client, HttpContent content, IEnumerable<KeyValuePair<string, string>> fields, string kind = "request") =>
        app.Send(client, new HttpRequestMessage(HttpMethod.Post, $"/api/inquiries/{kind}") { Content = content }, fields.Select(p => p.Value));
}
