namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>
/// A JSON value must have the type its field takes: text as a string, a tick as true/false,
/// several choices as an array, a part of a date also as a number. Anything else is a 400 that
/// names the field, never text nobody typed ("true", "12345") stored in its place.
/// </summary>
public sealed class JsonValueTypeTests(IntakeAppFixture fixture) : IClassFixture<IntakeAppFixture>
{
    private readonly IntakeApp _app = fixture.App;

    public static TheoryData<string, string> WrongTypes => new()
    {
        { "name", "true" },
        { "name", "false" },
        { "name", "12345" },
        { "name", "[\"見本 花子\"]" },
        { "postal_code", "1000001" },
        { "card_number", "12345678" },
        { "description", "-1.5e3" },
        { "category", "[\"handling\"]" },
        { "consent", "1" },
        { "consent", "[\"yes\"]" },
        { "lang", "false" },
        { "idempotency_token", "12345678901234567890" },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_its_field(string field, string json)
    {
        using var client = _app.Client();
        var before = await _app.StoredCountAsync();

        var response = await PostAsync(client, field, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal("wrong_type", error.GetProperty("code").GetString());
        Assert.Contains("型", error.GetProperty("message").GetProperty("ja").GetString());
        Assert.Contains("type", error.GetProperty("message").GetProperty("en").GetString());
        Assert.Equal(before, await _app.StoredCountAsync());
    }

    [Theory]
    [InlineData("date_of_birth_year", "1985")]
    [InlineData("consent", "true")]
    [InlineData("consent", "\"yes\"")]
    public async Task The_types_a_field_takes_besides_a_string_are_still_accepted(string field, string json)
    {
        using var client = _app.Client();

        var response = await PostAsync(client, field, json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Null_counts_as_not_sent()
    {
        using var client = _app.Client();

        var response = await PostAsync(client, "name", "null");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"required\"", await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> PostAsync(HttpClient client, string field, string json)
    {
        var body = Samples.ComplaintJson();
        body[field] = JsonDocument.Parse(json).RootElement.Clone();
        return _app.PostJson(client, "complaint", body);
    }
}
