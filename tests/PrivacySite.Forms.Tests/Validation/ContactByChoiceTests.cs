using PrivacySite.Forms.Validation;
using static PrivacySite.Forms.Tests.Validation.ValidationHarness;

namespace PrivacySite.Forms.Tests.Validation;

/// <summary>
/// The contact details a member must give follow the way of answering they chose: the e-mail address only
/// for answers by e-mail, the phone only by phone, the postal code and address only by post; the others may be left out.
/// </summary>
public sealed class ContactByChoiceTests
{
    public static TheoryData<string, string[]> NeededFor => new()
    {
        { "email", ["email"] },
        { "phone", ["phone"] },
        { "post", ["postal_code", "address_prefecture"] },
    };

    [Theory]
    [MemberData(nameof(NeededFor))]
    public void Only_the_details_the_chosen_way_needs_are_required(string way, string[] needed)
    {
        var without = new[] { Remove("email"), Remove("phone"), Remove("postal_code"), Remove("address_prefecture"), Remove("address_city"), Remove("address_street"), Remove("address_building") };

        var result = Complaint([Set("contact_preference", way), .. without]);

        Assert.Equal(needed, result.Errors.Select(e => e.Input));
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.Required, e.Code));
        // Given what the chosen way needs (the whole address for post), the rest may be left out.
        var rest = without.Where(w => !needed.Contains(w.Input) && !(way == "post" && w.Input.StartsWith("address", StringComparison.Ordinal)));
        Assert.True(Request([Set("contact_preference", way), .. rest]).IsValid);
    }

    [Fact]
    public void A_detail_given_for_another_way_is_still_checked_and_kept()
    {
        var error = SingleError(Complaint(Set("contact_preference", "phone"), Set("email", "not-an-address")));
        Assert.Equal("email", error.Input);

        Assert.Equal("0300000000", Stored(Complaint(Set("contact_preference", "email"), Set("phone", "03-0000-0000")), "phone"));
    }
}
