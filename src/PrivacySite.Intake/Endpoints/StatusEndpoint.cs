using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PrivacySite.Content.Model;
using PrivacySite.Content.Model.Forms;
using PrivacySite.Inquiries.Status;
using PrivacySite.Inquiries.Storage;
using PrivacySite.Intake.Hosting;
using PrivacySite.Intake.Http;
using PrivacySite.Intake.Responses;

namespace PrivacySite.Intake.Endpoints;

/// <summary>
/// /api/inquiries/status/{lang}: GET shows the form; POST (reference and code, as a form post, never in the
/// address) shows the status, or one answer for every pair that opens nothing (see <see cref="StatusLookup"/>).
/// A post from another site is refused (same-origin check); the rate limit is the endpoint's own, per client;
/// the code is never logged, and neither is the reference: only whether a lookup matched.
/// </summary>
internal sealed class StatusEndpoint(StatusLookup lookup, IntakePages pages, ContentSet content, ServiceAddress address, ILogger<StatusEndpoint> logger)
{
    public const string ReferenceField = "reference";
    public const string CodeField = "code";

    public async Task<IResult> ShowAsync(HttpContext context, string lang) =>
        Languages.TryParse(lang, out var language) && lang == language.Code()
            ? await PageAsync(context, language, "", null, StatusCodes.Status200OK)
            : Results.NotFound();

    public async Task<IResult> LookUpAsync(HttpContext context, string lang)
    {
        if (!Languages.TryParse(lang, out var language) || lang != language.Code())
        {
            return Results.NotFound();
        }

        var text = content.Forms.Pages.Status;
        if (!SameOrigin.Allows(context.Request, address.Origin, pages.SiteOrigin))
        {
            IntakeLog.StatusRefused(logger);
            return await PageAsync(context, language, "", text.Refused, StatusCodes.Status403Forbidden);
        }

        var read = await SubmissionReader.ReadAsync(context.Request, context.RequestAborted);
        var reference = read.Format == BodyFormat.Form ? read.Form?.First(ReferenceField) ?? "" : "";
        var code = read.Format == BodyFormat.Form ? read.Form?.First(CodeField) : null;
        Inquiries.Model.InquiryRecord? found;
        try
        {
            found = await lookup.FindAsync(reference, code, context.RequestAborted);
        }
        catch (InquiryStoreUnavailableException e)
        {
            IntakeLog.StoreUnavailable(logger, "status", e.Message);
            return await PageAsync(context, language, reference, content.Forms.Pages.Unavailable, StatusCodes.Status503ServiceUnavailable);
        }

        IntakeLog.StatusLookedUp(logger, found is not null);
        if (found is null)
        {
            return await PageAsync(context, language, Shown(reference), text.NotFound, StatusCodes.Status400BadRequest);
        }

        var action = StatusViewFactory.Action(context.Request.PathBase, language);
        var html = await pages.StatusAsync(language, StatusViewFactory.Found(content, language, action, found), StatusViewFactory.Action(context.Request.PathBase, language.Other()));
        return Html(html, StatusCodes.Status200OK);
    }

    /// <summary>The page rendered in one of its states; the answer to 429 is drawn here too (see the rate limiter).</summary>
    public async Task<string> RenderAsync(string pathBase, Language language, string reference, MessagePageText? problem)
    {
        var view = StatusViewFactory.Form(content, language, StatusViewFactory.Action(pathBase, language), reference, problem);
        return await pages.StatusAsync(language, view, StatusViewFactory.Action(pathBase, language.Other()));
    }

    private async Task<IResult> PageAsync(HttpContext context, Language language, string reference, MessagePageText? problem, int status) =>
        Html(await RenderAsync(context.Request.PathBase, language, reference, problem), status);

    // Only a well-formed reference goes back into the form: it names no one, and anything else is not echoed.
    private static string Shown(string reference) =>
        Inquiries.Model.ReferenceNumber.TryParse(reference, out var parsed) ? parsed.Value.Value : "";

    private static IResult Html(string html, int status) => Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
