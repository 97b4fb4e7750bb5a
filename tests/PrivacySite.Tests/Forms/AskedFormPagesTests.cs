using PrivacySite.Content.Diagnostics;
using PrivacySite.Content.Loading;
using PrivacySite.Forms.Fields;
using PrivacySite.Forms.Model;
using PrivacySite.Site;

namespace PrivacySite.Tests.Forms;

/// <summary>
/// The static form pages of a society that does not ask some optional items are drawn from the same forms the intake
/// service validates with (<see cref="AskedForms"/>, from content/forms/fields.yaml): exactly their inputs, and no way of
/// answering that needs an item left out.
/// </summary>
public sealed class AskedFormPagesTests
{
    [Fact]
    public async Task The_built_forms_have_exactly_the_inputs_of_the_forms_the_service_validates_with()
    {
        using var content = new ContentCopy();
        FormsLeavingOut.Apply(content.Root, "card_symbol", "card_number", "phone", "desired_response");
        var asked = AskedForms.From(ContentLoader.LoadData(content.Root, new DiagnosticBag()).Content!.Forms.Fields);

        var result = await SiteBuilder.BuildAsync(new BuildOptions(content.Root, content.OutputRoot, RepoPaths.ThemeAssets, Clock: FixedClock.SampleToday, NoticeHistory: false));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        foreach (var (page, kind) in new[] { ("requests/form/index.html", InquiryKind.Request), ("en/complaints/form/index.html", InquiryKind.Complaint) })
        {
            var form = content.ParseOutput(page).QuerySelector("form")!;
            // The request form's file input is checked by the documents' own checks (from the bytes), not as a field.
            var names = form.QuerySelectorAll("input[name]:not([type=file]), textarea[name]").Select(e => e.GetAttribute("name")!).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(asked.For(kind).Fields.SelectMany(f => f.Inputs.Select(i => i.Name)).Order(StringComparer.Ordinal), names);
            Assert.DoesNotContain("phone", names);
            Assert.DoesNotContain("card_symbol", names);
            Assert.Equal(["email", "post"], form.QuerySelectorAll("input[name='contact_preference']").Select(i => i.GetAttribute("value")));
        }

        Assert.Null(content.ParseOutput("complaints/form/index.html").QuerySelector("textarea[name='desired_response']"));
        Assert.NotNull(content.ParseOutput("complaints/form/index.html").QuerySelector("textarea[name='description']"));
    }
}
