using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Forms.Validation;

namespace PrivacySite.Forms.Tests.Validation;

/// <summary>
/// Which optional items the forms ask is the society's choice (asked: false in content/forms/fields.yaml): a field left
/// out is not on the form and the service refuses it; leaving out the phone number takes answers by phone off the form.
/// </summary>
public sealed class AskedFormsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private AskedForms Leaving(params string[] fields)
    {
        var root = _folder.Combine("content");
        TestFiles.CopyFolder(RepoPaths.SampleSociety, root);
        FormsLeavingOut.Apply(root, fields);
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.LoadData(root, diagnostics).Content ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToList().Select(d => d.Format())));
        return AskedForms.From(content.Forms.Fields);
    }

    [Fact]
    public void Content_that_leaves_nothing_out_asks_every_field_code_defines()
    {
        var asked = Leaving();

        Assert.Same(AskedForms.Every, asked);
        Assert.Equal(InquiryForms.Request.Fields, asked.Request.Fields);
    }

    [Fact]
    public void Fields_left_out_are_on_neither_form_and_answers_by_phone_go_with_the_phone_number()
    {
        var asked = Leaving("card_symbol", "card_number", "phone");

        foreach (var form in new[] { asked.Request, asked.Complaint })
        {
            Assert.DoesNotContain(form.Fields, f => f.Name is "card_symbol" or "card_number" or "phone");
            Assert.Equal(["email", "post"], form["contact_preference"].AllowedValues);
            Assert.Contains(form.Fields, f => f.Name == "email");
        }

        Assert.Equal(InquiryForms.Complaint.Fields.Count - 3, asked.Complaint.Fields.Count);
    }

    [Fact]
    public void The_service_refuses_an_item_the_form_does_not_ask_and_a_way_of_answering_it_does_not_offer()
    {
        var asked = Leaving("card_symbol", "phone");

        var form = asked.For(InquiryKind.Complaint);
        var withCard = ValidationHarness.ComplaintOn(form, ValidationHarness.Remove("phone"), ValidationHarness.Set("card_symbol", "12"));
        var withPhone = ValidationHarness.ComplaintOn(form);
        var byPhone = ValidationHarness.ComplaintOn(form, ValidationHarness.Remove("phone"), ValidationHarness.Set("contact_preference", "phone"));
        var plain = ValidationHarness.ComplaintOn(form, ValidationHarness.Remove("phone"));

        Assert.Equal((ErrorCodes.UnknownField, "card_symbol"), Code(ValidationHarness.SingleError(withCard)));
        Assert.Equal((ErrorCodes.UnknownField, "phone"), Code(ValidationHarness.SingleError(withPhone)));
        Assert.Equal("contact_preference", ValidationHarness.SingleError(byPhone).Input);
        Assert.NotNull(plain.Inquiry);
        Assert.False(plain.Inquiry!.Values.ContainsKey("phone"));
    }

    private static (string, string) Code(FieldError error) => (error.Code, error.Input);
}
