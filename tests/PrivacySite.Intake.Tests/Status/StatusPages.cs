namespace PrivacySite.Intake.Tests.Status;

/// <summary>What the status page tests do as a member's browser would: read the receipt's cookie, show the receipt, post the form.</summary>
internal static class StatusPages
{
    /// <summary>The reference and code a form post's redirect handed to its receipt (in the cookie, never the address).</summary>
    public static (ReferenceNumber Reference, StatusCode Code) CodeFrom(HttpResponseMessage redirect)
    {
        var cookie = redirect.Headers.GetValues("Set-Cookie").Single();
        var value = cookie[(cookie.IndexOf('=') + 1)..cookie.IndexOf(';')].Split('.');
        Assert.True(ReferenceNumber.TryParse(value[0], out var reference));
        Assert.True(StatusCode.TryParse(value[1], out var code));
        return (reference.Value, code.Value);
    }

    public static async Task<string> ReceiptAsync(HttpClient client, HttpResponseMessage redirect, string setCookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, redirect.Headers.Location);
        request.Headers.Add("Cookie", setCookie[..setCookie.IndexOf(';')]);
        return await (await client.SendAsync(request)).Content.ReadAsStringAsync();
    }

    /// <summary>Posts the status form as the page itself does (same origin); the code is registered for the log check.</summary>
    public static Task<HttpResponseMessage> LookUpAsync(IntakeApp app, HttpClient client, string lang, string reference, string code, string fetchSite = "same-origin")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/inquiries/status/{lang}")
        {
            Content = new FormUrlEncodedContent([new("reference", reference), new("code", code)]),
        };
        request.Headers.Add("Sec-Fetch-Site", fetchSite);
        return app.Send(client, request, [code]);
    }
}
