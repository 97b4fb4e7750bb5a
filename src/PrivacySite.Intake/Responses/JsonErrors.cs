using PrivacySite.Content.Model;
using PrivacySite.Forms.Text;
using PrivacySite.Forms.Validation;

namespace PrivacySite.Intake.Responses;

/// <summary>The JSON error body: <c>{ "errors": [{ "field", "code", "message": { "ja", "en" } }] }</c>.</summary>
internal static class JsonErrors
{
    public static object Body(FormText text, IEnumerable<FieldError> errors) => new
    {
        errors = errors.Select(e => new
        {
            field = e.Input,
            code = e.Code,
            message = new { ja = text.Message(e, Language.Ja), en = text.Message(e, Language.En) },
        }),
    };

    public static object Body(FormText text, string code) => Body(text, [new FieldError("", code)]);
}
