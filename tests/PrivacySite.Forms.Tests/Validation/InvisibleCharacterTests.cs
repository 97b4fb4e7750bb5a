using PrivacySite.Forms.Validation;
using static PrivacySite.Forms.Tests.Validation.ValidationHarness;

namespace PrivacySite.Forms.Tests.Validation;

/// <summary>
/// Structured fields take only what a person's data holds; invisible, format and blank-rendering
/// characters and floods of combining marks are refused, and a value blank without them is missing.
/// Free text keeps line breaks and emoji but refuses controls, tag characters and direction overrides.
/// </summary>
public sealed class InvisibleCharacterTests
{
    /// <summary>Each structured input with a valid value to put a character into the middle of.</summary>
    public static readonly (string Input, string Before, string After)[] Structured =
    [
        ("name", "見本", "花子"), ("furigana", "ミホン", "ハナコ"), ("address_prefecture", "東京", "都"),
        ("address_city", "千代田", "区"), ("address_street", "見本町", "1-2-3"), ("address_building", "見本", "ビル"),
        ("phone", "03-0000", "-0000"), ("postal_code", "100", "-0001"), ("card_symbol", "12", "34"), ("card_number", "56", "78"),
    ];

    public static readonly string[] Invisible =
    [
        "\u2028", "\u2029", "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\U000E0041", "\U000E007F", "\uFDD0", "\U0001FFFE",
        "\u3164", "\u115F", "\u1160", "\uFFA0", "\u2800", "\u034F", "\uFFFC", "\u180E",
    ];

    public static TheoryData<string, string> StructuredWithInvisible()
    {
        var data = new TheoryData<string, string>();
        foreach (var (input, before, after) in Structured)
        {
            foreach (var c in Invisible)
            {
                data.Add(input, before + c + after);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StructuredWithInvisible))]
    public void An_invisible_character_in_a_structured_field_is_refused(string input, string value)
    {
        var error = SingleError(Complaint(Set(input, value)));
        Assert.Equal(input, error.Input);
        Assert.Contains(error.Code, new[] { ErrorCodes.InvisibleCharacters, ErrorCodes.InvalidCharacters });
    }

    [Theory]
    [InlineData("name", "Zalgo\u0301\u0302\u0303\u0304\u0305")]
    [InlineData("name", "a\u0300\u0301\u0302\u0303")]   // NFKC composes the first onto the letter; three stay
    [InlineData("name", "\u0301見本")]          // a mark with no letter under it
    [InlineData("name", "見本 \u0301花子")]
    [InlineData("address_street", "見本町\u20DD\u20DD\u20DD")]
    [InlineData("card_symbol", "12\u0301\u0301\u0301")]
    [InlineData("name", "見本\U000E0100\U000E0100\U000E0100")]
    public void A_flood_of_combining_marks_is_refused(string input, string value) =>
        Assert.Equal(ErrorCodes.InvisibleCharacters, SingleError(Complaint(Set(input, value))).Code);

    [Theory]
    [InlineData("\u3164")]
    [InlineData("\u115F\u1160")]
    [InlineData("\uFFA0 \u3164")]
    [InlineData("\u200B\u200D")]
    [InlineData("\u2800")]
    [InlineData("\u2028\u3000")]
    [InlineData("\U000E0020\U000E0041")]
    public void A_name_of_nothing_but_invisible_characters_counts_as_missing(string value)
    {
        Assert.Equal(ErrorCodes.Required, SingleError(Complaint(Set("name", value))).Code);
        Assert.Equal(ErrorCodes.AddressIncomplete, SingleError(Complaint(Set("address_city", value))).Code);
        Assert.False(Complaint(Set("card_symbol", value)).Inquiry!.Values.ContainsKey("card_symbol"));
    }

    [Theory]
    [InlineData("見本 花子")]
    [InlineData("見本　花子")]                    // ideographic space
    [InlineData("葛\U000E0100城 花子")]           // ideographic variation selector
    [InlineData("𠮷野 花子")]                    // outside the BMP
    [InlineData("Nguye\u0302\u0303n Van A")]     // two marks on one letter
    [InlineData("O'Brien-Smith")]
    [InlineData("髙橋 はなこ")]
    public void Real_names_are_still_accepted(string name) =>
        Assert.Equal(name, Stored(Complaint(Set("name", name)), "name"));

    [Theory]
    [InlineData("本文\U000E0041です")]            // tag character
    [InlineData("本文\U000E0001")]
    [InlineData("本文\u0085次の行")]              // C1 next line
    [InlineData("本文\u009B31m")]                 // C1 control sequence introducer
    [InlineData("本文\u0001")]
    [InlineData("本文\u202Eです")]                // right-to-left override
    [InlineData("本文\u2067です")]                // right-to-left isolate
    [InlineData("本文\uFDD0")]                    // noncharacter
    public void Free_text_refuses_controls_tag_characters_and_direction_overrides(string value) =>
        Assert.Equal(ErrorCodes.InvalidCharacters, SingleError(Complaint(Set("description", value))).Code);

    [Fact]
    public void Free_text_keeps_its_line_breaks_with_the_separators_made_newlines() =>
        Assert.Equal("一行目\n二行目\n\n三行目\t終わり", Stored(Complaint(Set("description", "一行目\u2028二行目\u2029\n三行目\t終わり")), "description"));

    [Theory]
    [InlineData("家族で👨‍👩‍👧 相談しました")]
    [InlineData("ありがとう❤️")]
    public void Free_text_keeps_emoji_built_with_joiners_and_selectors(string value) =>
        Assert.Equal(value, Stored(Complaint(Set("description", value)), "description"));

    [Fact]
    public void Free_text_of_nothing_but_invisible_characters_counts_as_missing() =>
        Assert.Equal(ErrorCodes.Required, SingleError(Complaint(Set("description", "\u200D\u2028\u3164"))).Code);
}
