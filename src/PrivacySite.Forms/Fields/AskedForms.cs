using PrivacySite.Content.Model.Forms;
using PrivacySite.Forms.Model;

namespace PrivacySite.Forms.Fields;

/// <summary>
/// The two forms as this society asks them: every field code defines (<see cref="InquiryForms"/>), less the optional
/// items content/forms/fields.yaml leaves out (<c>asked: false</c>, on a field that <see cref="FieldDefinition.MayBeLeftOut"/>);
/// a way of answering that needs a field left out (answers by phone without the phone number) is no longer offered.
/// The static form pages are drawn from these forms and the intake service validates with them, so a field not asked
/// is one the service refuses (unknown_field).
/// </summary>
public sealed record AskedForms(InquiryForm Request, InquiryForm Complaint)
{
    /// <summary>Every field code defines: what the forms ask when the content leaves nothing out.</summary>
    public static AskedForms Every { get; } = new(InquiryForms.Request, InquiryForms.Complaint);

    public InquiryForm For(InquiryKind kind) => kind == InquiryKind.Request ? Request : Complaint;

    public static AskedForms From(FieldTexts texts)
    {
        var leftOut = texts.Fields.Where(t => t.Asked == false).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return leftOut.Count == 0 ? Every : new(Shape(InquiryForms.Request, leftOut), Shape(InquiryForms.Complaint, leftOut));
    }

    /// <summary>The names of the fields a society may leave out, as content/forms/fields.yaml names them.</summary>
    public static IReadOnlyList<string> MayBeLeftOut { get; } =
        [.. InquiryForms.All.SelectMany(f => f.Fields).Where(f => f.MayBeLeftOut).Select(f => f.Name).Distinct()];

    private static InquiryForm Shape(InquiryForm form, IReadOnlySet<string> named)
    {
        var leftOut = form.Fields.Where(f => f.MayBeLeftOut && named.Contains(f.Name)).ToList();
        return new InquiryForm(form.Kind, [.. form.Fields.Except(leftOut).Select(f => f.Options is null ? f : f with
        {
            Options = [.. f.Options.Where(o => !leftOut.Any(g => g.RequiredWhen is { } when && when.Field == f.Name && when.AnyOf.Contains(o)))],
        })]);
    }
}
