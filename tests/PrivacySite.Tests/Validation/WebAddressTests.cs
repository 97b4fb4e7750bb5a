using PrivacySite.Content.Formats;

namespace PrivacySite.Tests.Validation;

/// <summary>Web addresses in content are plain absolute https URLs: nothing in them can end an HTML attribute or hide the host.</summary>
public sealed class WebAddressTests
{
    [Theory]
    [InlineData("https://privacy.example.org/")]
    [InlineData("https://privacy.example.org/kenpo/")]
    [InlineData("https://privacy.example.org:8443/")]
    [InlineData("http://127.0.0.1:5080/")]
    public void A_plain_https_address_is_a_site_address(string text) => Assert.NotNull(WebAddress.Site(text));

    [Theory]
    [InlineData("https://privacy.example.org/\"><script>")]
    [InlineData("https://privacy.example.org/'onload='x")]
    [InlineData("https://privacy.example.org/<b>")]
    [InlineData("https://privacy.example.org/our site/")]
    [InlineData(" https://privacy.example.org/")]
    [InlineData("https://privacy.example.org/\\x")]
    [InlineData("https://editor:secret@privacy.example.org/")]
    [InlineData("https://privacy.example.org@evil.example/")]
    [InlineData("https://privacy.example.org/#top")]
    [InlineData("https://privacy.example.org/?lang=ja")]
    [InlineData("http://privacy.example.org/")]
    [InlineData("ftp://privacy.example.org/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("//privacy.example.org/")]
    [InlineData("https://プライバシー.example.org/")]
    [InlineData("https://privacy.example.org/\u202Egro")]
    [InlineData("")]
    public void Anything_else_is_not(string text) => Assert.Null(WebAddress.Site(text));

    [Theory]
    [InlineData("https://www.example.org/guide?page=2#fees", true)]
    [InlineData("https://www.example.org/guide\"onclick=x", false)]
    [InlineData("https://user@www.example.org/", false)]
    public void A_page_address_may_have_a_query_and_a_fragment(string text, bool plain) =>
        Assert.Equal(plain, WebAddress.Page(text) is not null);
}
