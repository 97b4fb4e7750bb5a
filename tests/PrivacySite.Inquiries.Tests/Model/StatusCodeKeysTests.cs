using PrivacySite.Forms.Model;

namespace PrivacySite.Inquiries.Tests.Model;

public sealed class StatusCodeKeysTests
{
    private static readonly ReferenceNumber Reference = ReferenceNumber.New(InquiryKind.Request);

    [Fact]
    public void The_code_is_derived_again_from_the_key_and_the_stored_hash_alone()
    {
        var text = StatusCodeKeys.NewKeyText();
        var code = Parse(text).CodeFor(Reference);

        // A second process with the same key (the dispatcher after a restart) finds the same code from the hash.
        Assert.Equal(code, Parse(text).Recover(Reference, code.HashFor(Reference)));
        Assert.Equal(code, Parse(text).CodeFor(Reference));
    }

    [Fact]
    public void Another_key_gives_another_code_and_recovers_nothing()
    {
        var code = Parse(StatusCodeKeys.NewKeyText()).CodeFor(Reference);
        var other = Parse(StatusCodeKeys.NewKeyText());

        Assert.NotEqual(code, other.CodeFor(Reference));
        Assert.Null(other.Recover(Reference, code.HashFor(Reference)));
        Assert.Null(other.Recover(Reference, null));
    }

    [Fact]
    public void After_a_key_change_the_old_key_still_recovers_codes_made_under_it_and_new_codes_use_the_new_one()
    {
        var old = StatusCodeKeys.NewKeyText();
        var current = StatusCodeKeys.NewKeyText();
        var before = Parse(old).CodeFor(Reference);
        var rotated = Parse($"{current}, {old}");

        Assert.Equal(before, rotated.Recover(Reference, before.HashFor(Reference)));
        Assert.Equal(Parse(current).CodeFor(Reference), rotated.CodeFor(Reference));
    }

    [Theory]
    [InlineData("", "holds no key")]
    [InlineData("c2hvcnQ=", "key 1 is not at least 32 bytes")]
    [InlineData("not base64 at all!", "key 1 is not at least 32 bytes")]
    public void A_setting_that_is_not_a_key_is_refused_without_repeating_it(string text, string expected)
    {
        Assert.Null(StatusCodeKeys.TryParse(text, out var problem));
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
        Assert.True(text.Length == 0 || !problem!.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_local_key_file_is_made_once_owner_only_and_kept()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "data", "status-code.key");

        var first = StatusCodeKeys.LoadOrCreate(path).CodeFor(Reference);

        Assert.Equal(first, StatusCodeKeys.LoadOrCreate(path).CodeFor(Reference));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    private static StatusCodeKeys Parse(string text) => StatusCodeKeys.TryParse(text, out _) ?? throw new InvalidOperationException("not a key");
}
