using System.Globalization;
using Microsoft.AspNetCore.Http;
using PrivacySite.Content.Model;
using PrivacySite.Inquiries.Deadlines;
using PrivacySite.Inquiries.Desk;
using PrivacySite.Inquiries.Model;
using PrivacySite.Intake.Mail;
using PrivacySite.Intake.Responses;
using PrivacySite.Theme.Pages.Desk;
using PrivacySite.Theme.ViewModels.Desk;

namespace PrivacySite.Intake.Desk;

/// <summary>
/// POST an inquiry's actions (handlers and admins): a workflow step with its note, an extension by business days
/// with its reason, an assignment. Each goes through the same <see cref="InquiryDesk"/> as the command line; a stored
/// change redirects to the inquiry's page (303), a refused one shows that page again with the reason (400 or 409).
/// A step that e-mails the member (a refusal with its reason, a request for documents…) is first shown as that e-mail,
/// and taken only when staff confirm it.
/// </summary>
internal sealed class DeskActionEndpoints(DeskPages pages, DeskForms forms, InquiryDesk desk, DueDates dueDates, DeskInboxEndpoints show, EmailComposer composer)
{
    /// <summary>The value of the confirmation page's hidden field <c>confirmed</c> that takes a step that e-mails the member.</summary>
    public const string Confirmed = "yes";

    public const int MaxExtensionDays = 60;

    /// <summary>What the inquiry's page says after a stored action (<c>?done=…</c>, the key under desk.done).</summary>
    public const string DoneStatus = "status";
    public const string DoneExtended = "extended";
    public const string DoneAssigned = "assigned";
    public static readonly string[] Done = [DoneStatus, DoneExtended, DoneAssigned];

    public async Task<IResult> StatusAsync(HttpContext context, string lang, string reference) =>
        await ConfirmationAsync(context, lang, reference)
        ?? await ActAsync(context, lang, reference, DoneStatus, async (number, form, actor, ct) =>
            InquiryStatuses.TryParse(form["to"], out var to) ? await desk.ChangeStatusAsync(number, to, actor, form["note"], ct) : null);

    /// <summary>The confirmation page of a step that may be taken and e-mails the member; null for any other post, which is acted on (or refused) at once.</summary>
    private async Task<IResult?> ConfirmationAsync(HttpContext context, string lang, string reference)
    {
        if (!DeskLanguage.TryParse(lang, out var language)
            || await forms.ReadAsync(context) is not { } form
            || form["confirmed"] == Confirmed
            || !ReferenceNumber.TryParse(reference, out var number)
            || !InquiryStatuses.TryParse(form["to"], out var to)
            || await desk.FindAsync(number.Value, context.RequestAborted) is not { } record
            || InquiryDesk.Refusal(record, to, form["note"]) is not null
            || desk.EmailFor(record, to, form["note"]) is not { } message)
        {
            return null;
        }

        var email = composer.Compose(message, record);
        var ui = pages.Ui(language);
        var view = new StatusConfirmView(
            string.Format(CultureInfo.InvariantCulture, ui["desk.confirm.intro"], pages.StatusName(to, language)),
            email.Language.Code(), email.Subject, ComposedEmail.Paragraphs(email.Text),
            DeskRoutes.Status(language, record.Reference), to.Name(), form["note"].ToString(), DeskRoutes.Detail(language, record.Reference));
        return await pages.PageAsync<DeskConfirmPage>(language, ui["desk.confirm.title"], DeskRoutes.Detail(language.Other(), record.Reference), new()
        {
            [nameof(DeskConfirmPage.Chrome)] = pages.Chrome(context, language, ""),
            [nameof(DeskConfirmPage.Confirm)] = view,
        });
    }

    public Task<IResult> ExtendAsync(HttpContext context, string lang, string reference) =>
        ActAsync(context, lang, reference, DoneExtended, async (number, form, actor, ct) =>
        {
            if (!int.TryParse(form["days"], NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is < 1 or > MaxExtensionDays)
            {
                return null;
            }

            if (await desk.FindAsync(number, ct) is not { } record)
            {
                return new StatusChange.NotFound();
            }

            return await desk.ExtendAsync(number, dueDates.Extend(record.DueOn, days), actor, form["reason"], ct);
        });

    public Task<IResult> AssignAsync(HttpContext context, string lang, string reference) =>
        ActAsync(context, lang, reference, DoneAssigned, async (number, form, actor, ct) =>
            form["assignee"].ToString() is { Length: <= 100 } name ? await desk.AssignAsync(number, name, actor, ct) : null);

    private async Task<IResult> ActAsync(HttpContext context, string lang, string reference, string done,
        Func<ReferenceNumber, IFormCollection, string, CancellationToken, Task<StatusChange?>> act)
    {
        if (!DeskLanguage.TryParse(lang, out var language))
        {
            return Results.NotFound();
        }

        if (await forms.ReadAsync(context) is not { } form)
        {
            return await pages.MessageAsync(context, language, "bad_request", StatusCodes.Status400BadRequest);
        }

        if (!ReferenceNumber.TryParse(reference, out var number))
        {
            return await pages.MessageAsync(context, language, "not_found", StatusCodes.Status404NotFound);
        }

        var ui = pages.Ui(language);
        var outcome = await act(number.Value, form, DeskUser.Of(context.User).Name, context.RequestAborted);
        return outcome switch
        {
            StatusChange.Changed => new SeeOtherResult(DeskRoutes.Detail(language, number.Value) + "?done=" + done),
            StatusChange.NotFound => await pages.MessageAsync(context, language, "not_found", StatusCodes.Status404NotFound),
            _ => await show.ShowAsync(context, lang, reference, ui[RefusalKey(outcome)], outcome is StatusChange.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest),
        };
    }

    private static string RefusalKey(StatusChange? outcome) => outcome switch
    {
        StatusChange.NotAllowed { Allowed.Count: 0 } => "desk.refused.final",
        StatusChange.NotAllowed => "desk.refused.not_allowed",
        StatusChange.ReasonRequired => "desk.refused.reason_required",
        StatusChange.NotLater => "desk.refused.not_later",
        StatusChange.Conflict => "desk.refused.conflict",
        StatusChange.NotFound or StatusChange.Changed => throw new InvalidOperationException("not a refusal"),

        // Null: a value of the form that could not be read (the extension's days not a whole number from 1 to 60, an unknown status).
        _ => "desk.refused.days",
    };
}
