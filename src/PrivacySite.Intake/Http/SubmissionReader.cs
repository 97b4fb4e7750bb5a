using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Validation;
using PrivacySite.Inquiries.Model;
using PrivacySite.Intake.Hosting;

namespace PrivacySite.Intake.Http;

/// <summary>How the sender wants the answer: a browser posting a form gets HTML, an API client JSON.</summary>
public enum BodyFormat
{
    Form,
    Json,
}

/// <summary>The body read as name → values, or why it could not be (status and error code).</summary>
internal sealed record ReadSubmission(BodyFormat Format, RawForm? Form, int Status = 200, string? ErrorCode = null);

/// <summary>
/// Reads a submission's body: only UTF-8 form posts and JSON, at most 64 KB, with the
/// Idempotency-Key header standing in for the hidden token field when the body has none.
/// A body the server could not read because of how the client sent it is answered with the server's 4xx.
/// </summary>
internal static class SubmissionReader
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static async Task<ReadSubmission> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var format = FormatOf(request.ContentType);
        if (format is null)
        {
            return new ReadSubmission(PrefersJson(request) ? BodyFormat.Json : BodyFormat.Form, null, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType);
        }

        var tooLarge = new ReadSubmission(format.Value, null, StatusCodes.Status413PayloadTooLarge, ErrorCodes.BodyTooLarge);
        if (request.ContentLength > IntakeOptions.MaxBodyBytes)
        {
            return tooLarge;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(IntakeOptions.MaxBodyBytes + 1);
        try
        {
            var length = 0;
            try
            {
                int read;
                while ((read = await request.Body.ReadAsync(buffer.AsMemory(length, buffer.Length - length), cancellationToken)) > 0)
                {
                    length += read;
                    if (length > IntakeOptions.MaxBodyBytes)
                    {
                        return tooLarge;
                    }
                }
            }
            catch (BadHttpRequestException e)
            {
                // The client broke the framing (a chunk size that is not hexadecimal) or sent too slowly: its fault, not ours.
                return new ReadSubmission(format.Value, null, e.StatusCode, FramingErrorCode(e.StatusCode));
            }
            catch (IOException)
            {
                // Kestrel reports a chunk size too large to be a number this way; the body comes only from the client.
                return new ReadSubmission(format.Value, null, StatusCodes.Status400BadRequest, ErrorCodes.MalformedBody);
            }

            var body = buffer.AsMemory(0, length);
            IReadOnlyDictionary<string, RawValueShape>? shapes = null;
            var values = format == BodyFormat.Json ? JsonFormParser.TryParse(body, out shapes) : UrlEncodedFormParser.TryParse(body.Span);
            if (values is null)
            {
                return new ReadSubmission(format.Value, null, StatusCodes.Status400BadRequest, ErrorCodes.MalformedBody);
            }

            var token = InquiryForms.Hidden.IdempotencyToken;
            if (!values.ContainsKey(token) && request.Headers[IdempotencyHeader] is [{ } header])
            {
                values[token] = [header];
            }

            return new ReadSubmission(format.Value, new RawForm(values, shapes));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string FramingErrorCode(int status) => status switch
    {
        StatusCodes.Status408RequestTimeout => ErrorCodes.BodyTooSlow,
        StatusCodes.Status413PayloadTooLarge => ErrorCodes.BodyTooLarge,
        _ => ErrorCodes.MalformedBody,
    };

    /// <summary>True when a client that sent something else would rather read JSON than HTML.</summary>
    public static bool PrefersJson(HttpRequest request) =>
        !request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static BodyFormat? FormatOf(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return null;
        }

        if (media.Charset.HasValue && !media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return media.MediaType.Value?.ToLowerInvariant() switch
        {
            "application/x-www-form-urlencoded" => BodyFormat.Form,
            "application/json" => BodyFormat.Json,
            _ => null,
        };
    }
}
