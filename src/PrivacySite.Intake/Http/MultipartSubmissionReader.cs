using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Validation;
using PrivacySite.Inquiries.Documents;
using PrivacySite.Inquiries.Documents.Checking;
using PrivacySite.Intake.Endpoints;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Http;

/// <summary>
/// Reads a request form sent as multipart/form-data with identity documents, streaming: one part at a time, each file
/// into one pooled buffer of at most 10 MB, checked from its bytes (<see cref="DocumentInspector"/>) and streamed to the
/// document store before the next part is read, so the body is never held whole. The text parts are held to the same
/// 64 KB as a form post. Only this reader lifts the request's body limit, to what 5 files and the text need.
/// Once any file is refused, no later file is stored; every problem is reported.
/// </summary>
internal sealed class MultipartSubmissionReader(IDocumentStore documents, StoredDocumentsCleanup cleanup)
{
    /// <summary>The name of the form's file input.</summary>
    public const string FileField = DocumentUpload.Input;

    /// <summary>Five files of 10 MB, the text, and the parts' headers and boundaries.</summary>
    public const long MaxBodyBytes = (UploadLimits.MaxFiles * UploadLimits.MaxFileBytes) + (2 * IntakeOptions.MaxBodyBytes);

    private const int MaxBoundaryLength = 70;
    private const int MaxParts = 200;
    /// <summary>
    /// The file buffers (10 MB each), kept apart from the shared pool, which would hold many of them per core: at most four
    /// are kept for reuse; more uploads at once rent new ones that the GC frees.
    /// </summary>
    private static readonly ArrayPool<byte> Buffers = ArrayPool<byte>.Create((int)UploadLimits.MaxFileBytes + 1, 4);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsMultipart(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) && media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the body, storing the accepted files; answered as JSON when the form's script sent it, else as HTML.</summary>
    public async Task<UploadRead> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await ReadBodyAsync(request, cancellationToken);
        return read with { Submission = read.Submission with { Format = AnswerFormat(request) } };
    }

    private async Task<UploadRead> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Failed(StatusCodes.Status413PayloadTooLarge, ErrorCodes.BodyTooLarge);
        }

        MediaTypeHeaderValue.TryParse(request.ContentType, out var media);
        var boundary = HeaderUtilities.RemoveQuotes(media!.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > MaxBoundaryLength)
        {
            return Failed(StatusCodes.Status400BadRequest, ErrorCodes.MalformedBody);
        }

        var state = new State();
        var buffer = Buffers.Rent((int)UploadLimits.MaxFileBytes + 1);
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 8, HeadersLengthLimit = 8 * 1024 };
            var parts = 0;
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (++parts > MaxParts || !ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase) || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
                {
                    return Failed(StatusCodes.Status400BadRequest, ErrorCodes.MalformedBody, state.Set);
                }

                // The file input's part is a file even when left empty (filename="", which the parser reads as none).
                var problem = disposition.IsFileDisposition() || name == FileField
                    ? await ReadFileAsync(name, FileNameOf(disposition), section.Body, buffer, state, cancellationToken)
                    : await ReadTextAsync(name, section.Body, buffer, state, cancellationToken);
                if (problem is not null)
                {
                    return problem with { Set = state.Set };
                }
            }
        }
        catch (BadHttpRequestException e)
        {
            // The client broke the framing, sent too slowly or too much: its fault, not ours.
            return Failed(e.StatusCode, e.StatusCode switch
            {
                StatusCodes.Status408RequestTimeout => ErrorCodes.BodyTooSlow,
                StatusCodes.Status413PayloadTooLarge => ErrorCodes.BodyTooLarge,
                _ => ErrorCodes.MalformedBody,
            }, state.Set);
        }
        catch (Inquiries.Storage.InquiryStoreUnavailableException)
        {
            // The document store failed midway: what it took of this submission goes (now, or by the purge), and the caller answers 503.
            await cleanup.DeleteAsync(state.Set, Forms.Model.InquiryKind.Request);
            throw;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // Parts without their headers' end, a body that stops before the closing boundary: the body comes only from the client.
            return Failed(StatusCodes.Status400BadRequest, ErrorCodes.MalformedBody, state.Set);
        }
        finally
        {
            Buffers.Return(buffer);
        }

        var token = InquiryForms.Hidden.IdempotencyToken;
        if (!state.Values.ContainsKey(token) && request.Headers[SubmissionReader.IdempotencyHeader] is [{ } header])
        {
            state.Values[token] = [header];
        }

        var values = state.Values.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
        return new UploadRead(new ReadSubmission(BodyFormat.Form, new RawForm(values)), state.Set, [.. state.Errors.Distinct()]);
    }

    /// <summary>The form's script asks for JSON (Accept: application/json); a browser posting the form without it gets HTML.</summary>
    private static BodyFormat AnswerFormat(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase) ? BodyFormat.Json : BodyFormat.Form;

    private async Task<UploadRead?> ReadFileAsync(string name, string fileName, Stream body, byte[] buffer, State state, CancellationToken cancellationToken)
    {
        var length = await FillAsync(body, buffer.AsMemory(0, (int)UploadLimits.MaxFileBytes + 1), cancellationToken);
        if (name != FileField)
        {
            return Failed(StatusCodes.Status400BadRequest, ErrorCodes.MalformedBody);
        }

        // A file input left empty still sends its part: no name, no bytes.
        if (fileName.Length == 0 && length == 0)
        {
            return null;
        }

        if (++state.Files > UploadLimits.MaxFiles)
        {
            state.Refuse(ErrorCodes.TooManyFiles);
            return null;
        }

        if (!UploadedFileName.IsAcceptable(fileName))
        {
            state.Refuse(ErrorCodes.FileName);
            return null;
        }

        if (length > UploadLimits.MaxFileBytes)
        {
            state.Refuse(ErrorCodes.FileTooLarge);
            await DrainAsync(body, buffer, cancellationToken);
            return null;
        }

        using var file = new MemoryStream(buffer, 0, length, writable: false);
        switch (DocumentInspector.Check(file))
        {
            case DocumentCheck.Refused refused:
                state.Refuse(refused.Code);
                break;
            case DocumentCheck.Accepted accepted when state.Errors.Count == 0:
                await using (accepted.Content)
                {
                    state.Set ??= DocumentSetId.New();
                    await documents.PutAsync(state.Set.Value, DocumentName.For(++state.Stored, accepted.Type), accepted.Content, cancellationToken);
                }

                break;
            case DocumentCheck.Accepted skipped:
                await skipped.Content.DisposeAsync();
                break;
        }

        return null;
    }

    private static async Task<UploadRead?> ReadTextAsync(string name, Stream body, byte[] buffer, State state, CancellationToken cancellationToken)
    {
        var room = IntakeOptions.MaxBodyBytes - state.TextBytes;
        var length = await FillAsync(body, buffer.AsMemory(0, room + 1), cancellationToken);
        state.TextBytes += length;
        if (length > room)
        {
            return Failed(StatusCodes.Status413PayloadTooLarge, ErrorCodes.BodyTooLarge);
        }

        try
        {
            var value = StrictUtf8.GetString(buffer, 0, length);
            state.Values[name] = state.Values.TryGetValue(name, out var values) ? [.. values, value] : [value];
            return null;
        }
        catch (DecoderFallbackException)
        {
            return Failed(StatusCodes.Status400BadRequest, ErrorCodes.MalformedBody);
        }
    }

    /// <summary>Reads the part into <paramref name="buffer"/> until it ends or the buffer is full; the length read.</summary>
    private static async Task<int> FillAsync(Stream body, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer[length..], cancellationToken)) > 0)
        {
            length += read;
        }

        return length;
    }

    private static async Task DrainAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        while (await body.ReadAsync(buffer, cancellationToken) > 0)
        {
        }
    }

    private static string FileNameOf(ContentDispositionHeaderValue disposition) =>
        (disposition.FileNameStar.HasValue ? disposition.FileNameStar : HeaderUtilities.RemoveQuotes(disposition.FileName)).Value ?? "";

    private static UploadRead Failed(int status, string code, DocumentSetId? set = null) =>
        new(new ReadSubmission(BodyFormat.Form, null, status, code), set, []);

    private sealed class State
    {
        public Dictionary<string, List<string>> Values { get; } = new(StringComparer.Ordinal);

        public List<FieldError> Errors { get; } = [];

        public DocumentSetId? Set { get; set; }

        public int Files { get; set; }

        public int Stored { get; set; }

        public int TextBytes { get; set; }

        public void Refuse(string code) => Errors.Add(new FieldError(FileField, code));
    }
}
