namespace PrivacySite.BrowserTests.Forms;

/// <summary>
/// After a submission with mistakes, with JavaScript on (messages placed by the script) and off (the
/// service's page), only the wrong inputs say aria-invalid: a wrong month, not the year and day; a
/// missing street, not the prefecture, the city or the optional building line.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class InvalidPartsTests(SiteFixture site)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Only_the_wrong_parts_of_a_date_and_an_address_are_marked_invalid(bool javaScript)
    {
        await using var session = await FormSession.OpenAsync(site, $"invalid-parts-{(javaScript ? "js" : "nojs")}", javaScript);
        var page = session.Page;
        await page.GotoAsync(site.Url(InquiryKind.Complaint.FormSlug(), Language.En));
        await page.FillAsync("#date_of_birth_year", "1985");
        await page.FillAsync("#date_of_birth_month", "13");
        await page.FillAsync("#date_of_birth_day", "1");
        await page.FillAsync("#address_prefecture", "Tokyo");
        await page.FillAsync("#address_city", "Chiyoda-ku");
        await session.SendExpectingErrorsAsync();

        var invalid = await page.EvalOnSelectorAllAsync<string[]>("[data-field=date_of_birth] input, [data-field=address] input", "inputs => inputs.filter(i => i.getAttribute('aria-invalid') === 'true').map(i => i.id)");

        Assert.Equal(["date_of_birth_month", "address_street"], invalid);
        Assert.Equal("true", await page.GetAttributeAsync("#furigana", "aria-invalid"));
        session.AssertClean();
    }
}
