using PrivacySite.Forms.Validation;
using static PrivacySite.Forms.Tests.Validation.ValidationHarness;

namespace PrivacySite.Forms.Tests.Validation;

/// <summary>Presence, conditions, choices, lengths, characters and unknown fields.</summary>
public sealed class FieldRuleTests
{
    [Fact]
    public void The_base_submissions_are_valid()
    {
        Assert.True(Complaint().IsValid);
        Assert.True(Request().IsValid);
    }

    [Fact]
    public void Every_missing_required_field_is_reported_at_once()
    {
        var result = Complaint(Remove("name"), Remove("email"), Remove("category"), Remove("consent"));
        Assert.Equal(
            [("name", ErrorCodes.Required), ("email", ErrorCodes.Required), ("category-", ErrorCodes.ChooseOne), ("consent-", ErrorCodes.CheckRequired)],
            result.Errors.Select(e => (e.Input.Replace("category", "category-").Replace("consent", "consent-"), e.Code)));
    }

    [Fact]
    public void Whitespace_only_counts_as_missing() =>
        Assert.Equal(ErrorCodes.Required, SingleError(Complaint(Set("name", "　 \t"))).Code);

    [Fact]
    public void Agent_details_are_required_only_when_an_agent_is_asking()
    {
        var agent = Complaint(Set("requester", "appointed_agent"));
        Assert.Equal(["agent_name", "agent_contact"], agent.Errors.Select(e => e.Input));

        var complete = Complaint(Set("requester", "legal_representative"), Set("agent_name", "見本 一郎"), Set("agent_contact", "03-0000-0001"));
        Assert.Equal("見本 一郎", Stored(complete, "agent_name"));
    }

    [Fact]
    public void Agent_details_sent_by_the_member_themself_are_not_stored()
    {
        var result = Complaint(Set("agent_name", "見本 一郎"));
        Assert.True(result.IsValid);
        Assert.False(result.Inquiry!.Values.ContainsKey("agent_name"));
    }

    [Fact]
    public void An_address_is_stored_as_one_line_and_its_building_is_optional()
    {
        Assert.Equal("東京都 千代田区 見本町1-2-3", Stored(Complaint(), "address"));
        Assert.Equal("東京都 千代田区 見本町1-2-3 サンプルビル5階", Stored(Complaint(Set("address_building", "サンプルビル5階")), "address"));
    }

    [Fact]
    public void A_missing_part_of_an_address_is_reported_on_that_part()
    {
        var error = SingleError(Complaint(Set("contact_preference", "post"), Set("address_city", "")));
        Assert.Equal(("address_city", ErrorCodes.AddressIncomplete, "address"), (error.Input, error.Code, error.Field));

        var none = SingleError(Complaint(Set("contact_preference", "post"), Set("address_prefecture", ""), Set("address_city", ""), Set("address_street", "")));
        Assert.Equal(("address_prefecture", ErrorCodes.Required), (none.Input, none.Code));
    }

    [Fact]
    public void Delivery_method_is_asked_only_for_disclosures()
    {
        Assert.True(Request(Set("request_kinds", "correction")).IsValid);
        var error = SingleError(Request(Set("request_kinds", "correction", "disclosure")));
        Assert.Equal(("delivery_method", ErrorCodes.ChooseOne), (error.Input, error.Code));
    }

    [Fact]
    public void Medical_fee_statements_need_the_institution_and_months()
    {
        var result = Request(Set("request_kinds", "disclosure"), Set("delivery_method", "electronic"), Set("medical_fee_statements", "yes"));
        Assert.Equal(["medical_institution", "treatment_months"], result.Errors.Select(e => e.Input));

        var ignored = Request(Set("request_kinds", "correction"), Set("medical_fee_statements", "yes"));
        Assert.True(ignored.IsValid);
        Assert.False(ignored.Inquiry!.Values.ContainsKey("medical_fee_statements"));
    }

    [Fact]
    public void Several_request_kinds_are_kept_in_form_order_without_repeats() =>
        Assert.Equal("purpose_notice|correction", Stored(Request(Set("request_kinds", "correction", "purpose_notice", "correction")), "request_kinds"));

    [Theory]
    [InlineData("requester", "boss")]
    [InlineData("category", "Handling")]
    [InlineData("consent", "no")]
    [InlineData("contact_preference", "fax")]
    public void Values_outside_the_choices_are_refused(string input, string value) =>
        Assert.Equal(ErrorCodes.OptionInvalid, SingleError(Complaint(Set(input, value))).Code);

    [Fact]
    public void Consent_as_a_json_true_counts_as_ticked() =>
        Assert.Equal("yes", Stored(Complaint(Set("consent", "yes")), "consent"));

    [Theory]
    [InlineData("name", 60)]
    [InlineData("address_street", 70)]
    [InlineData("description", 4000)]
    [InlineData("desired_response", 2000)]
    public void Each_field_has_a_maximum_length(string input, int max)
    {
        Assert.True(Complaint(Set(input, new string('あ', max))).IsValid);
        var error = SingleError(Complaint(Set(input, new string('あ', max + 1))));
        Assert.Equal((ErrorCodes.TooLong, max), (error.Code, error.Max));
    }

    [Theory]
    [InlineData("name", "見本\u0000花子")]
    [InlineData("name", "見本\u202E子花")]      // right-to-left override
    [InlineData("address_street", "見本町\u0007")]
    [InlineData("address_street", "見本町\n2丁目")]    // one-line field
    [InlineData("description", "本文\u001B[31m")]
    [InlineData("description", "本文\u200B")]   // zero-width space
    [InlineData("name", "<script>alert(1)</script>")]
    [InlineData("name", "\uD800見本")]          // unpaired surrogate
    public void Control_and_disguising_characters_are_refused(string input, string value) =>
        Assert.Equal(ErrorCodes.InvalidCharacters, SingleError(Complaint(Set(input, value))).Code);

    [Theory]
    [InlineData("name", "=HYPERLINK(\"http://example.org\")")]
    [InlineData("address_street", "+1+cmd|' /C calc'!A0")]
    [InlineData("description", "@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("desired_response", "-2+3+cmd|' /C calc'!A0")]
    [InlineData("address_building", "＝1+1")]            // full-width = becomes = under NFKC
    public void Text_that_a_spreadsheet_would_run_as_a_formula_is_refused(string input, string value) =>
        Assert.Equal(ErrorCodes.FormulaStart, SingleError(Complaint(Set(input, value))).Code);

    [Fact]
    public void Free_text_may_hold_line_breaks_tabs_and_angle_brackets() =>
        Assert.Equal("一行目\n\t二行目 <3", Stored(Complaint(Set("description", "一行目\r\n\t二行目 <3")), "description"));

    [Fact]
    public void Unknown_fields_are_refused_by_name()
    {
        var error = SingleError(Complaint(Set("favourite_colour", "blue")));
        Assert.Equal(("favourite_colour", ErrorCodes.UnknownField), (error.Input, error.Code));
    }

    [Fact]
    public void Fields_of_the_other_form_are_unknown() =>
        Assert.Equal(ErrorCodes.UnknownField, SingleError(Complaint(Set("request_kinds", "disclosure"))).Code);

    [Fact]
    public void A_single_valued_field_sent_twice_is_refused() =>
        Assert.Equal(ErrorCodes.DuplicateField, SingleError(Complaint(Set("email", "a@example.org", "b@example.org"))).Code);

    [Theory]
    [InlineData("short")]
    [InlineData("has spaces in it 1234567890")]
    [InlineData("トークン1234567890123456")]
    public void Idempotency_tokens_must_be_long_and_url_safe(string token) =>
        Assert.Equal(ErrorCodes.TokenFormat, SingleError(Complaint(Set("idempotency_token", token))).Code);

    [Fact]
    public void The_page_language_is_kept_and_invalid_ones_refused()
    {
        Assert.Equal(Content.Model.Language.En, Complaint(Set("lang", "en")).Inquiry!.Language);
        Assert.Equal(ErrorCodes.OptionInvalid, SingleError(Complaint(Set("lang", "fr"))).Code);
    }
}
