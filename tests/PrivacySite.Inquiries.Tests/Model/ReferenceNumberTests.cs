using PrivacySite.Forms.Model;

namespace PrivacySite.Inquiries.Tests.Model;

public sealed class ReferenceNumberTests
{
    [Theory]
    [InlineData(InquiryKind.Request, "D")]
    [InlineData(InquiryKind.Complaint, "C")]
    public void References_are_prefixed_by_kind_and_grouped_in_crockford_base32(InquiryKind kind, string prefix)
    {
        var reference = ReferenceNumber.New(kind);
        Assert.Matches($"^{prefix}-[0-9A-HJKMNP-TV-Z]{{4}}-[0-9A-HJKMNP-TV-Z]{{4}}$", reference.Value);
        Assert.Equal(kind, reference.Kind);
    }

    [Fact]
    public void References_carry_forty_random_bits()
    {
        // 20,000 draws from 2^40 values collide with probability ~2e-4; every symbol position varies.
        var references = Enumerable.Range(0, 20_000).Select(_ => ReferenceNumber.New(InquiryKind.Request).Value).ToList();
        Assert.Equal(references.Count, references.Distinct().Count());
        var symbols = references.Select(r => r.Replace("-", "")[1..]).ToList();
        for (var position = 0; position < 8; position++)
        {
            Assert.True(symbols.Select(s => s[position]).Distinct().Count() == 32, $"position {position} does not use all 32 symbols");
        }
    }

    [Theory]
    [InlineData("D-7KQ4-M9TX", "D-7KQ4-M9TX")]
    [InlineData("d7kq4m9tx", "D-7KQ4-M9TX")]
    [InlineData(" c-0o1l-ii00 ", "C-0011-1100")]
    public void References_typed_by_people_are_read_leniently(string typed, string expected)
    {
        Assert.True(ReferenceNumber.TryParse(typed, out var reference));
        Assert.Equal(expected, reference.Value.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("X-7KQ4-M9TX")]
    [InlineData("D-7KQ4-M9T")]
    [InlineData("D-7KQ4-M9TU")]
    [InlineData("D-7KQ4-M9TX-0")]
    [InlineData("<script>")]
    public void Anything_else_is_not_a_reference(string? typed) =>
        Assert.False(ReferenceNumber.TryParse(typed, out _));
}
