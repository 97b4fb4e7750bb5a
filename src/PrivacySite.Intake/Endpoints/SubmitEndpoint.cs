using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PrivacySite.Content.Model;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Routes;
using PrivacySite.Forms.Validation;
using PrivacySite.Inquiries.Intake;
using PrivacySite.Inquiries.Model;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Hosting;
using PrivacySite.Intake.Http;
using PrivacySite.Intake.Outbox;
using PrivacySite.Intake.Responses;

namespace PrivacySite.Intake.Endpoints;

/// <summary>
/// POST /api/inquiries/{kind}: read, validate, store, answer. A form post gets 303 to the receipt (with the
/// status page's code in the receipt's cookie, <see cref="ReceiptCodeCookie"/>) or the form again with its errors;
/// JSON gets 201 with the reference and the code or 400 with the errors.
/// A new inquiry's messages (the office's webhook, the acknowledgement) are stored with it and sent by the outbox dispatcher, after the answer, never before.
/// Store down → 503 with Retry-After, saying nothing was saved. A token used before with other answers → 422.
/// </summary>
internal sealed class SubmitEndpoint(InquiryIntake intake, IntakePages pages, OutboxSignal outbox, IOptions<IntakeOptions> options, ServiceAddress address,
    MultipartSubmissionReader uploads, StoredDocumentsCleanup cleanup, ILogger<SubmitEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context, InquiryKind kind)
    {
        // Identity documents come only with a request, and only as multipart/form-data: nowhere else is the body limit lifted.
        var upload = kind == InquiryKind.Request && MultipartSubmissionReader.IsMultipart(context.Request.ContentType);
        UploadRead? files = null;
        ReadSubmission? read = null;
        try
        {
            files = upload ? await uploads.ReadAsync(context.Request, context.RequestAborted) : null;
            read = files?.Submission ?? await SubmissionReader.ReadAsync(context.Request, context.RequestAborted);
            if (read.Form is not { } form)
            {
                await cleanup.DeleteAsync(files?.Set, kind);
                var empty = new RawForm(new Dictionary<string, IReadOnlyList<string>>());
                return await RefuseAsync(context, kind, read.Format, read.Status, empty, [new FieldError("", read.ErrorCode!)]);
            }

            if (files is { FileErrors.Count: > 0 })
            {
                // Nothing of a submission with a refused file is kept; its other problems are shown with the files'.
                await cleanup.DeleteAsync(files.Set, kind);
                return await RefuseAsync(context, kind, read.Format, StatusCodes.Status400BadRequest, form, [.. intake.Problems(kind, form), .. files.FileErrors]);
            }

            var outcome = await intake.SubmitAsync(kind, form, context.RequestAborted, files?.Set);
            if (outcome is not IntakeOutcome.Stored { Replayed: false })
            {
                await cleanup.DeleteAsync(files?.Set, kind);
            }

            return await AnswerAsync(context, kind, read.Format, form, outcome);
        }
        catch (InquiryStoreUnavailableException e)
        {
            IntakeLog.StoreUnavailable(logger, kind.Slug(), e.Message);
            await cleanup.DeleteAsync(files?.Set, kind);
            context.Response.Headers.RetryAfter = options.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return read?.Format == BodyFormat.Json
                ? Results.Json(JsonErrors.Body(pages.Text, ErrorCodes.StoreUnavailable), statusCode: StatusCodes.Status503ServiceUnavailable)
                : Html(await pages.MessageAsync(pages.Text.Pages.Unavailable, LanguageOf(read?.Form), kind), StatusCodes.Status503ServiceUnavailable);
        }
    }

    private async Task<IResult> AnswerAsync(HttpContext context, InquiryKind kind, BodyFormat format, RawForm form, IntakeOutcome outcome)
    {
        switch (outcome)
        {
            case IntakeOutcome.Invalid invalid:
                return await RefuseAsync(context, kind, format, StatusCodes.Status400BadRequest, form, invalid.Errors);
            case IntakeOutcome.Stored stored:
                IntakeLog.Stored(logger, kind.Slug(), stored.Reference.Value, stored.Replayed);
                if (stored.Replayed)
                {
                    context.Response.Headers["Idempotent-Replayed"] = "true";
                }
                else
                {
                    outbox.Kick();
                }

                return Accepted(context, format, stored.Reference, stored.ReceivedAt, LanguageOf(form), stored.Code);
            case IntakeOutcome.SentBeforeWithOtherAnswers:
                return await RefuseAsync(context, kind, format, StatusCodes.Status422UnprocessableEntity, form, [new FieldError("", ErrorCodes.SentBeforeWithOtherAnswers)]);
            case IntakeOutcome.Discarded discarded:
                IntakeLog.Discarded(logger, kind.Slug());
                return Accepted(context, format, discarded.Reference, discarded.ReceivedAt, LanguageOf(form), null);
            default:
                throw new InvalidOperationException("unknown intake outcome");
        }
    }

    private IResult Accepted(HttpContext context, BodyFormat format, ReferenceNumber reference, DateTimeOffset receivedAt, Language language, StatusCode? code)
    {
        if (format == BodyFormat.Json)
        {
            return Results.Json(new { reference = reference.Value, receivedAt, statusCode = code?.Value }, statusCode: StatusCodes.Status201Created);
        }

        if (code is { } held)
        {
            ReceiptCodeCookie.Set(context, reference, held, address.IsHttps);
        }

        return new SeeOtherResult(context.Request.PathBase + IntakeRoutes.Receipt(reference.Value, language));
    }

    private async Task<IResult> RefuseAsync(HttpContext context, InquiryKind kind, BodyFormat format, int status, RawForm values, IReadOnlyList<FieldError> errors)
    {
        IntakeLog.Refused(logger, kind.Slug(), status, string.Join(",", errors.Select(e => e.Code).Distinct()));
        if (format == BodyFormat.Json)
        {
            return Results.Json(JsonErrors.Body(pages.Text, errors), statusCode: status);
        }

        var action = context.Request.PathBase + IntakeRoutes.Submit(kind);
        return Html(await pages.FormWithErrorsAsync(kind, LanguageOf(values), action, values, errors), status);
    }

    private static Language LanguageOf(RawForm? form) =>
        Languages.TryParse(form?.First(InquiryForms.Hidden.Language), out var language) ? language : Languages.Default;

    private static IResult Html(string html, int status) => Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
