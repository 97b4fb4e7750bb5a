using PrivacySite.Forms.Validation;
using static PrivacySite.Forms.Tests.Validation.ValidationHarness;

namespace PrivacySite.Forms.Tests.Validation;

/// <summary>How Japanese input is accepted, normalised per structured field, or refused with a clear code.</summary>
public sealed class JapaneseInputTests
{
    [Theory]
    [InlineData("ミホン ハナコ", "ミホン ハナコ")]
    [InlineData("みほん はなこ", "ミホン ハナコ")]          // hiragana
    [InlineData("ﾐﾎﾝ ﾊﾅｺ", "ミホン ハナコ")]                 // half-width katakana
    [InlineData("ｶﾞｯｺｳ　ﾀﾛｳ", "ガッコウ タロウ")]           // half-width voiced marks, ideographic space
    [InlineData("ミホン　　ハナコ", "ミホン ハナコ")]        // repeated spaces collapse
    [InlineData("ヴァージニア・ミホン", "ヴァージニア・ミホン")]
    [InlineData("すずき ゆうこ", "スズキ ユウコ")]
    public void Furigana_is_stored_in_katakana(string typed, string stored) =>
        Assert.Equal(stored, Stored(Complaint(Set("furigana", typed)), "furigana"));

    [Theory]
    [InlineData("見本 花子")]
    [InlineData("Hanako Mihon")]
    [InlineData("ミホン123")]
    public void Furigana_in_anything_but_kana_is_refused(string typed) =>
        Assert.Equal(ErrorCodes.KanaOnly, SingleError(Complaint(Set("furigana", typed))).Code);

    [Theory]
    [InlineData("100-0001", "100-0001")]
    [InlineData("1000001", "100-0001")]
    [InlineData("１００－０００１", "100-0001")]    // full-width digits and hyphen
    [InlineData("１００ー０００１", "100-0001")]    // long vowel mark typed by an IME
    [InlineData("100‐0001", "100-0001")]           // U+2010 hyphen
    [InlineData("100−0001", "100-0001")]           // U+2212 minus sign
    [InlineData("〒100-0001", "100-0001")]
    [InlineData(" 1000001 ", "100-0001")]
    public void Postal_codes_are_normalised(string typed, string stored) =>
        Assert.Equal(stored, Stored(Complaint(Set("postal_code", typed)), "postal_code"));

    [Theory]
    [InlineData("100-001")]
    [InlineData("10000011")]
    [InlineData("1000-001")]
    [InlineData("100-0001-")]
    [InlineData("abc-defg")]
    [InlineData("１００－０００")]
    public void Malformed_postal_codes_are_refused(string typed) =>
        Assert.Equal(ErrorCodes.PostalCodeFormat, SingleError(Complaint(Set("postal_code", typed))).Code);

    [Theory]
    [InlineData("03-0000-0000", "0300000000")]
    [InlineData("０３－００００－００００", "0300000000")]
    [InlineData("090-0000-0000", "09000000000")]
    [InlineData("03(0000)0000", "0300000000")]
    [InlineData("０３ー００００ー００００", "0300000000")]
    [InlineData("0120 000 000", "0120000000")]
    public void Phone_numbers_are_stored_as_digits(string typed, string stored) =>
        Assert.Equal(stored, Stored(Complaint(Set("phone", typed)), "phone"));

    [Theory]
    [InlineData("03-0000-000")]          // 9 digits
    [InlineData("090-0000-00000")]       // 12 digits
    [InlineData("3-0000-00000")]         // no leading 0
    [InlineData("+81-3-0000-0000")]
    [InlineData("03-0000-0000 内線1")]
    public void Malformed_phone_numbers_are_refused(string typed) =>
        Assert.Equal(ErrorCodes.PhoneFormat, SingleError(Complaint(Set("phone", typed))).Code);

    [Theory]
    [InlineData("１９８５", "４", "１", "1985-04-01")]
    [InlineData("1985", "04", "01", "1985-04-01")]
    [InlineData("2000", "2", "29", "2000-02-29")]
    [InlineData("2025", "6", "30", "2025-06-30")]   // today
    public void Dates_of_birth_are_stored_as_iso_dates(string year, string month, string day, string stored) =>
        Assert.Equal(stored, Stored(Complaint(Set("date_of_birth_year", year), Set("date_of_birth_month", month), Set("date_of_birth_day", day)), "date_of_birth"));

    [Theory]
    [InlineData("昭和60")]
    [InlineData("昭和６０年")]
    [InlineData("平成2")]
    [InlineData("令和元年")]
    [InlineData("S60")]
    [InlineData("H2")]
    [InlineData("ｈ１２")]
    [InlineData("㍼60")]      // the one-character era sign, made 昭和 by NFKC
    public void Japanese_era_years_get_their_own_message(string year)
    {
        var error = SingleError(Complaint(Set("date_of_birth_year", year)));
        Assert.Equal(ErrorCodes.DateEra, error.Code);
        Assert.Equal("date_of_birth_year", error.Input);
    }

    [Theory]
    [InlineData("2023", "2", "29", ErrorCodes.DateInvalid, "date_of_birth_day")]
    [InlineData("1985", "13", "1", ErrorCodes.DateInvalid, "date_of_birth_month")]
    [InlineData("1985", "4", "31", ErrorCodes.DateInvalid, "date_of_birth_day")]
    [InlineData("1985", "0", "1", ErrorCodes.DateInvalid, "date_of_birth_month")]
    [InlineData("1899", "12", "31", ErrorCodes.DateInvalid, "date_of_birth_year")]
    [InlineData("2025", "7", "1", ErrorCodes.DateFuture, "date_of_birth_year")]
    [InlineData("2999", "1", "1", ErrorCodes.DateFuture, "date_of_birth_year")]
    [InlineData("85", "4", "1", ErrorCodes.DateYearFormat, "date_of_birth_year")]
    [InlineData("1985", "", "1", ErrorCodes.DateIncomplete, "date_of_birth_month")]
    [InlineData("1985", "4", "", ErrorCodes.DateIncomplete, "date_of_birth_day")]
    [InlineData("1985", "四", "1", ErrorCodes.DateInvalid, "date_of_birth_month")]
    public void Impossible_future_and_incomplete_dates_are_refused(string year, string month, string day, string code, string input)
    {
        var error = SingleError(Complaint(Set("date_of_birth_year", year), Set("date_of_birth_month", month), Set("date_of_birth_day", day)));
        Assert.Equal(code, error.Code);
        Assert.Equal(input, error.Input);
        Assert.Equal("date_of_birth", error.Field);
    }

    [Theory]
    [InlineData("ＨＡＮＡＫＯ＠ＥＸＡＭＰＬＥ．ＯＲＧ", "HANAKO@EXAMPLE.ORG")]
    [InlineData("hanako.mihon+kenpo@example.org", "hanako.mihon+kenpo@example.org")]
    public void E_mail_addresses_are_normalised(string typed, string stored) =>
        Assert.Equal(stored, Stored(Complaint(Set("email", typed)), "email"));

    [Theory]
    [InlineData("hanako")]
    [InlineData("hanako@")]
    [InlineData("hanako@example")]
    [InlineData("hana..ko@example.org")]
    [InlineData("はなこ@example.org")]
    [InlineData("hanako@example.org<script>")]
    public void Malformed_e_mail_addresses_are_refused(string typed) =>
        Assert.Contains(SingleError(Complaint(Set("email", typed))).Code, new[] { ErrorCodes.EmailFormat, ErrorCodes.InvalidCharacters });

    [Fact]
    public void E_mail_addresses_longer_than_mail_servers_take_are_refused()
    {
        Assert.True(Complaint(Set("email", new string('a', 64) + "@" + new string('b', 63) + ".org")).IsValid);
        Assert.Equal(ErrorCodes.EmailFormat, SingleError(Complaint(Set("email", new string('a', 65) + "@example.org"))).Code);
        Assert.Equal(ErrorCodes.EmailFormat, SingleError(Complaint(Set("email", "hanako@" + new string('b', 64) + ".org"))).Code);
    }

    [Fact]
    public void Free_text_is_kept_exactly_as_typed_and_not_nfkc_normalised()
    {
        const string text = "ｶﾀｶﾅと１２３、㍻と①\n二行目\t<そのまま>";
        Assert.Equal(text, Stored(Complaint(Set("description", text)), "description"));
    }

    [Fact]
    public void Names_keep_compatibility_ideographs()
    {
        const string name = "\uFA11本 花子";     // 﨑 must not become another character
        Assert.Equal(name, Stored(Complaint(Set("name", name)), "name"));
    }

    [Fact]
    public void Structured_text_is_nfkc_normalised()
    {
        Assert.Equal("東京都 千代田区 見本町1-2-3 サンプルビル5F", Stored(Complaint(Set("address_street", "見本町１－２－３"), Set("address_building", "　ｻﾝﾌﾟﾙﾋﾞﾙ５Ｆ")), "address"));
    }

    [Theory]
    [InlineData("card_symbol", "１２３", "123")]
    [InlineData("card_number", "45-67", "45-67")]
    [InlineData("card_symbol", "東 12", "東 12")]
    public void Insurance_card_codes_are_optional_and_normalised(string input, string typed, string stored) =>
        Assert.Equal(stored, Stored(Complaint(Set(input, typed)), input));

    [Fact]
    public void Insurance_card_codes_may_be_left_out() =>
        Assert.False(Complaint().Inquiry!.Values.ContainsKey("card_number"));
}
