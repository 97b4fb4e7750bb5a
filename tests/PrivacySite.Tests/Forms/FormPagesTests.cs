using AngleSharp.Dom;
using PrivacySite.Forms.Fields;

namespace PrivacySite.Tests.Forms;

/// <summary>
/// The form pages as built: drawn from the fields the service validates with, every input labelled
/// with its autocomplete token, choices in fieldsets, "(optional)" instead of asterisks, why each
/// personal item is asked, the link to how the form's data is handled, and conditional fields in
/// groups their choices reveal.
/// </summary>
public sealed class FormPagesTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    public static TheoryData<string, string> Pages() => new()
    {
        { "requests/form/index.html", "request" },
        { "en/requests/form/index.html", "request" },
        { "complaints/form/index.html", "complaint" },
        { "en/complaints/form/index.html", "complaint" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_field_of_the_definition_is_on_the_page_and_it_posts_to_the_service(string page, string kind)
    {
        var document = site.Parse(page);
        var form = document.QuerySelector("form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal($"/api/inquiries/{kind}", form.GetAttribute("action"));
        Assert.True(form.HasAttribute("novalidate"));

        var definition = kind == "request" ? InquiryForms.Request : InquiryForms.Complaint;
        // The request form adds the file input for identity documents to the defined fields.
        var expected = definition.Fields.SelectMany(f => f.Inputs.Select(i => i.Name))
            .Concat(kind == "request" ? [DocumentUpload.Input] : []).Order(StringComparer.Ordinal);
        var names = form.QuerySelectorAll("input[name], textarea[name]").Select(e => e.GetAttribute("name")!).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, names);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_visible_input_has_a_label_and_choices_sit_in_fieldsets_with_a_legend(string page, string kind)
    {
        _ = kind;
        var document = site.Parse(page);
        foreach (var input in document.QuerySelectorAll("form input:not([type=hidden]), form textarea"))
        {
            var label = document.QuerySelector($"label[for='{input.Id}']");
            Assert.False(string.IsNullOrWhiteSpace(label?.TextContent), $"{page}: #{input.Id} has no label");
            if (input.GetAttribute("type") is "radio" or "checkbox")
            {
                Assert.NotNull(input.Closest("fieldset")?.QuerySelector("legend"));
            }
        }

        Assert.DoesNotContain("*", string.Concat(document.QuerySelectorAll("form label, form legend").Select(l => l.TextContent)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("requests/form/index.html", "※任意")]
    [InlineData("en/complaints/form/index.html", "(optional)")]
    public void Only_optional_fields_say_so(string page, string mark)
    {
        var document = site.Parse(page);
        var marked = document.QuerySelectorAll(".field__optional")
            .Select(m => m.Closest("label")?.GetAttribute("for") ?? m.Closest("[data-field]")!.GetAttribute("data-field"))
            .ToList();
        // A contact field needed only for one way of answering says so instead (required_if_chosen in content/forms/pages.yaml).
        var conditional = InquiryForms.All.SelectMany(f => f.Fields).Where(f => f.RequiredWhen is not null).Select(f => f.Name).ToHashSet();
        var ifChosen = SampleContent.Content.Forms.Pages.RequiredIfChosen[page.StartsWith("en/", StringComparison.Ordinal) ? Language.En : Language.Ja];
        Assert.All(document.QuerySelectorAll(".field__optional"), m =>
            Assert.Equal(conditional.Contains(m.Closest("label")?.GetAttribute("for") ?? m.Closest("[data-field]")!.GetAttribute("data-field")!) ? ifChosen : mark, m.TextContent));
        Assert.Contains(marked, f => f is not null && conditional.Contains(f));

        var optional = InquiryForms.All.SelectMany(f => f.Fields)
            .Where(f => !f.Required && !f.IsHidden && f.Kind != FieldKind.Checkbox)
            .Select(f => f.Name)
            .Append("address_building")
            .Append(DocumentUpload.Input)
            .Where(n => document.GetElementById(n) is not null || document.QuerySelector($"[data-field='{n}']") is not null)
            .Distinct()
            .ToList();
        Assert.Equal(optional.Order(), marked.Order());
    }

    [Theory]
    [InlineData("requests/form/index.html")]
    [InlineData("complaints/form/index.html")]
    public void Japanese_forms_mark_every_required_field_with_the_required_mark(string page)
    {
        var document = site.Parse(page);
        var marked = document.QuerySelectorAll(".field__required").Select(m => m.Closest("[data-field]")!.GetAttribute("data-field")!).ToList();
        Assert.All(document.QuerySelectorAll(".field__required"), m => Assert.Equal("※必須", m.TextContent));

        var required = InquiryForms.All.SelectMany(f => f.Fields)
            .Where(f => f.Required && !f.IsHidden && document.QuerySelector($"[data-field='{f.Name}']") is not null)
            .Select(f => f.Name)
            .Distinct();
        Assert.Equal(required.Order(), marked.Order());
    }

    [Theory]
    [InlineData("en/requests/form/index.html")]
    [InlineData("en/complaints/form/index.html")]
    public void English_forms_mark_only_the_optional_fields(string page)
    {
        Assert.Empty(site.Parse(page).QuerySelectorAll(".field__required"));
        Assert.NotEmpty(site.Parse(page).QuerySelectorAll(".field__optional"));
    }

    [Fact]
    public void Inputs_carry_the_autocomplete_tokens_and_input_modes_of_their_kind()
    {
        var document = site.Parse("en/requests/form/index.html");
        var expected = new Dictionary<string, (string? Autocomplete, string? InputMode)>
        {
            ["name"] = ("name", null),
            ["date_of_birth_year"] = ("bday-year", "numeric"),
            ["date_of_birth_month"] = ("bday-month", "numeric"),
            ["date_of_birth_day"] = ("bday-day", "numeric"),
            ["postal_code"] = ("postal-code", "numeric"),
            ["address_prefecture"] = ("address-level1", null),
            ["address_city"] = ("address-level2", null),
            ["address_street"] = ("address-line1", null),
            ["address_building"] = ("address-line2", null),
            ["phone"] = ("tel", "tel"),
            ["email"] = ("email", "email"),
            ["card_number"] = (null, "numeric"),
            ["agent_name"] = (null, null),
        };
        foreach (var (id, (autocomplete, inputMode)) in expected)
        {
            var input = document.GetElementById(id)!;
            Assert.Equal(autocomplete, input.GetAttribute("autocomplete"));
            Assert.Equal(inputMode, input.GetAttribute("inputmode"));
        }

        Assert.Equal("tel", document.GetElementById("phone")!.GetAttribute("type"));
        Assert.Equal("email", document.GetElementById("email")!.GetAttribute("type"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Each_personal_item_says_why_it_is_asked_and_the_form_links_to_how_its_data_is_handled(string page, string kind)
    {
        var document = site.Parse(page);
        var definition = kind == "request" ? InquiryForms.Request : InquiryForms.Complaint;
        foreach (var field in definition.Fields.Where(f => f.IsPersonalItem))
        {
            var why = document.GetElementById($"{field.Name}-why");
            Assert.False(string.IsNullOrWhiteSpace(why?.TextContent), $"{page}: {field.Name} does not say why it is asked");
            var described = document.QuerySelector($"[data-field='{field.Name}'] [aria-describedby~='{field.Name}-why']");
            Assert.NotNull(described);
        }

        var link = document.QuerySelector(".form-privacy a")!;
        Assert.Equal(page.StartsWith("en/", StringComparison.Ordinal) ? "/en/form-data/" : "/form-data/", link.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(site.OutputRoot, link.GetAttribute("href")!.Trim('/'), "index.html")));
    }

    [Fact]
    public void Conditional_fields_sit_in_groups_that_only_their_choices_reveal()
    {
        var document = site.Parse("requests/form/index.html");

        var agent = Group(document, "agent_name");
        Assert.Equal(agent, Group(document, "agent_contact"));
        Assert.Equal(Reveals(document, "requester-legal_representative"), agent.Number);
        Assert.Equal(Reveals(document, "requester-appointed_agent"), agent.Number);
        Assert.Null(document.GetElementById("requester-self")!.GetAttribute("data-reveals"));

        // Delivery follows either disclosure; the medical fee statements only the disclosure of data, and their details the box itself.
        var delivery = Group(document, "delivery_method-electronic");
        var receipts = Group(document, "medical_fee_statements-yes");
        Assert.NotEqual(delivery.Number, receipts.Number);
        Assert.Equal($"{delivery.Number} {receipts.Number}", document.GetElementById("request_kinds-disclosure")!.GetAttribute("data-reveals"));
        Assert.Equal(delivery.Number, Reveals(document, "request_kinds-provision_record_disclosure"));
        Assert.Null(document.GetElementById("request_kinds-correction")!.GetAttribute("data-reveals"));
        var details = Group(document, "medical_institution");
        Assert.Equal(Reveals(document, "medical_fee_statements-yes"), details.Number);
        Assert.True(details.Element.ParentElement!.Closest(".field__conditional") == receipts.Element, "the institution's group is not inside the statements' group");
    }

    private static (IElement Element, string Number) Group(IDocument document, string id)
    {
        var group = document.GetElementById(id)!.Closest(".field__conditional")!;
        return (group, group.GetAttribute("data-group")!);
    }

    private static string? Reveals(IDocument document, string id) => document.GetElementById(id)!.GetAttribute("data-reveals");

    [Theory]
    [InlineData("en/requests/form/index.html", "記号", "番号", "レセプト")]
    [InlineData("en/complaints/form/index.html", "記号", "番号")]
    public void English_forms_mark_the_Japanese_terms_in_their_labels_as_Japanese(string page, params string[] terms)
    {
        var marked = site.Parse(page).QuerySelectorAll("form label span[lang=ja], form legend span[lang=ja]").Select(s => s.TextContent).ToList();
        Assert.All(terms, term => Assert.Contains(term, marked));
        Assert.Empty(site.Parse(page.Replace("en/", "", StringComparison.Ordinal)).QuerySelectorAll("form span[lang]"));
    }
}
