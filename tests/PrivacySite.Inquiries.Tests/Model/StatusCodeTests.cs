namespace PrivacySite.Inquiries.Tests.Model;

public sealed class StatusCodeTests
{
    [Fact]
    public void Codes_derived_under_a_key_are_four_groups_of_four_in_crockford_base32_carrying_eighty_unguessable_bits()
    {
        var keys = StatusCodeKeys.TryParse(StatusCodeKeys.NewKeyText(), out _)!;
        var codes = Enumerable.Range(0, 5_000).Select(_ => keys.CodeFor(ReferenceNumber.New(Forms.Model.InquiryKind.Request)).Value).ToList();

        Assert.All(codes, c => Assert.Matches("^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        var symbols = codes.Select(c => c.Replace("-", "", StringComparison.Ordinal)).ToList();
        for (var position = 0; position < 16; position++)
        {
            Assert.True(symbols.Select(s => s[position]).Distinct().Count() == 32, $"position {position} does not use all 32 symbols");
        }

        Assert.True(StatusCode.RandomBits >= 60);
    }

    [Theory]
    [InlineData("7kq4m9tx3b8rzw5e")]
    [InlineData("7KQ4 M9TX 3B8R ZW5E")]
    [InlineData("７ＫＱ４－Ｍ９ＴＸ－３Ｂ８Ｒ－ＺＷ５Ｅ")]
    [InlineData("7KQ4-M9TX-3B8R-ZW5E")]
    public void A_code_reads_as_members_type_it(string typed)
    {
        Assert.True(StatusCode.TryParse(typed, out var code));
        Assert.Equal("7KQ4-M9TX-3B8R-ZW5E", code.Value.Value);
    }

    [Fact]
    public void Look_alike_letters_read_as_the_digits_they_resemble()
    {
        Assert.True(StatusCode.TryParse("OIL0-0000-0000-0000", out var code));
        Assert.Equal("0110-0000-0000-0000", code.Value.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7KQ4-M9TX-3B8R")]
    [InlineData("7KQ4-M9TX-3B8R-ZW5E-0")]
    [InlineData("7KQ4-M9TX-3B8R-ZW5U")]
    public void Anything_else_is_not_a_code(string? typed) => Assert.False(StatusCode.TryParse(typed, out _));

    [Fact]
    public void The_hash_depends_on_the_reference_and_matches_only_its_own_code()
    {
        var code = RandomStatusCodes.New();
        var reference = ReferenceNumber.New(Forms.Model.InquiryKind.Request);
        var other = ReferenceNumber.New(Forms.Model.InquiryKind.Request);

        Assert.Matches("^[0-9a-f]{64}$", code.HashFor(reference));
        Assert.NotEqual(code.HashFor(reference), code.HashFor(other));
        Assert.True(code.Matches(reference, code.HashFor(reference)));
        Assert.False(code.Matches(other, code.HashFor(reference)));
        Assert.False(RandomStatusCodes.New().Matches(reference, code.HashFor(reference)));
        Assert.False(code.Matches(reference, null));
        Assert.False(code.Matches(reference, "not hex"));
    }
}
