using System.Net.Http.Headers;
using System.Text;

namespace PrivacySite.Intake.Tests.Endpoints;

/// <summary>
/// One hostile or malformed request: how to build it, and the text it carries (for the log check).
/// <see cref="Prior"/>, when set, is a valid request sent (and stored) first, for a case about what came before.
/// </summary>
public sealed record HostileRequest(string Name, HttpMethod Method, string Path, byte[] Body, string? ContentType, string? IdempotencyKey = null, HostileRequest? Prior = null)
{
    public override string ToString() => Name;

    public HttpRequestMessage Build()
    {
        var request = new HttpRequestMessage(Method, Path);
        if (Method != HttpMethod.Get)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (IdempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", IdempotencyKey);
        }

        return request;
    }

    public IEnumerable<string> Values => [Encoding.UTF8.GetString(Body)];
}

/// <summary>
/// At least fifty requests a hostile or broken client might send: bad JSON, wrong content types,
/// oversize bodies, invalid UTF-8, control characters, script tags, spreadsheet formulas, missing and
/// unknown fields. Each must be answered 4xx with nothing stored.
/// </summary>
public static class HostileCorpus
{
    private const string Json = "application/json";
    private const string Form = "application/x-www-form-urlencoded";
    private const string Complaint = "/api/inquiries/complaint";
    private const string Request = "/api/inquiries/request";

    public static IEnumerable<object[]> Cases() => All().Select(c => new object[] { c });

    public static IReadOnlyList<HostileRequest> All() =>
    [
        // Bad JSON.
        Raw("json: unterminated object", "{", Json),
        Raw("json: array instead of object", "[]", Json),
        Raw("json: bare string", "\"見本 花子\"", Json),
        Raw("json: null", "null", Json),
        Raw("json: empty body", "", Json),
        Raw("json: missing value", "{\"name\": }", Json),
        Raw("json: trailing comma", "{\"name\":\"見本\",}", Json),
        Raw("json: comment", "{/* hi */\"name\":\"見本\"}", Json),
        Raw("json: nested object value", "{\"name\":{\"first\":\"花子\"}}", Json),
        Raw("json: array of numbers", "{\"request_kinds\":[1,2]}", Json),
        Raw("json: deeply nested", new string('[', 500) + new string(']', 500), Json),
        Raw("json: duplicate names", ValidJson(("name", "見本 花子")).TrimEnd('}') + ",\"name\":\"偽物\"}", Json),
        Raw("json: NaN literal", "{\"phone\":NaN}", Json),
        Raw("json: single quotes", "{'name':'見本'}", Json),

        // Wrong content types.
        Raw("type: text/plain", ValidJson(), "text/plain"),
        Raw("type: none", ValidJson(), null),
        Raw("type: xml", "<inquiry><name>見本</name></inquiry>", "application/xml"),
        Raw("type: multipart", "--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n見本\r\n--x--", "multipart/form-data; boundary=x"),
        Raw("type: json in latin-1", ValidJson(), "application/json; charset=iso-8859-1"),
        Raw("type: form in shift_jis", "name=%8C%A9%96%7B", "application/x-www-form-urlencoded; charset=shift_jis"),
        Raw("type: html", "<form></form>", "text/html"),
        Raw("type: garbage", ValidJson(), "not a media type"),

        // Oversize bodies.
        Raw("size: json just over 64 KB", ValidJson(("description", new string('a', 64 * 1024)))[..(64 * 1024 + 1)], Json),
        Raw("size: 1 MB form", "description=" + new string('x', 1024 * 1024), Form),
        Raw("size: description over its maximum", ValidJson(("description", new string('長', 4001))), Json),
        Raw("size: name over its maximum", ValidJson(("name", new string('名', 61))), Json),

        // Invalid UTF-8 and broken encodings.
        Bytes("utf8: 0xFF in json string", [.. Encoding.UTF8.GetBytes("{\"name\":\""), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\"}")], Json),
        Bytes("utf8: truncated sequence in json", [.. Encoding.UTF8.GetBytes("{\"name\":\"見"), 0xE3, 0x81, .. Encoding.UTF8.GetBytes("\"}")], Json),
        Raw("utf8: %FF in form", FormBody(("name", "x")) + "&address_street=%FF%FE", Form),
        Raw("utf8: overlong slash in form", FormBody(("name", "x")) + "&address_street=%C0%AF", Form),
        Raw("utf8: truncated sequence in form", "name=%E3%81", Form),
        Raw("utf8: lone surrogate escape in json", ValidJson().TrimEnd('}') + ",\"address_street\":\"\\ud800\"}", Json),
        Raw("form: bad percent escape", "name=%G1", Form),
        Raw("form: dangling percent", "name=abc%", Form),

        // Control and disguising characters.
        Raw("control: NUL in name", ValidJson(("name", "見本\u0000花子")), Json),
        Raw("control: escape sequence in address", ValidJson(("address_street", "東京都\u001b[2J")), Json),
        Raw("control: right-to-left override in furigana", ValidJson(("furigana", "ミホン\u202eコナハ")), Json),
        Raw("control: newline in e-mail", ValidJson(("email", "hanako@example.org\nBcc: x@example.org")), Json),
        Raw("control: NUL in form", FormBody(("name", "見本\u0000")), Form),
        Raw("control: zero-width space in free text", ValidJson(("description", "見本\u200b")), Json),

        // Invisible, format and blank-rendering characters in structured fields and free text.
        Raw("invisible: line separator in name", ValidJson(("name", "見本\u2028花子")), Json),
        Raw("invisible: paragraph separator in city", ValidJson(("address_city", "千代田\u2029区")), Json),
        Raw("invisible: zero-width joiner in street", ValidJson(("address_street", "見本町\u200d1-2-3")), Json),
        Raw("invisible: tag characters in name", ValidJson(("name", "見本\U000E0031\U000E007F花子")), Json),
        Raw("invisible: noncharacter in prefecture", ValidJson(("address_prefecture", "東京都\uFDD0")), Json),
        Raw("invisible: Hangul filler as the whole name", ValidJson(("name", "\u3164")), Json),
        Raw("invisible: half-width Hangul filler in card symbol", ValidJson(("card_symbol", "12\uFFA034")), Json),
        Raw("invisible: blank Braille pattern in building", ValidJson(("address_building", "見本\u2800ビル")), Json),
        Raw("invisible: combining marks piled on the name", ValidJson(("name", "見本花子" + string.Concat(Enumerable.Repeat("\u0301", 40)))), Json),
        Raw("invisible: tag characters in free text", ValidJson(("description", "宛名が誤っていました\U000E0069\U000E0067\U000E006E")), Json),
        Raw("invisible: filler-only name in a form post", FormBody([.. Samples.RequestForm().Select(p => p.Key == "name" ? ("name", "\u115F\u1160") : (p.Key, p.Value))]), Form, Request),

        // Script tags.
        Raw("script: in name", ValidJson(("name", "<script>alert(1)</script>")), Json),
        Raw("script: in e-mail", ValidJson(("email", "<script>@example.org")), Json),
        Raw("script: in postal code", ValidJson(("postal_code", "<script>")), Json),
        Raw("script: as a choice", ValidJson(("category", "<script>alert(1)</script>")), Json),
        Raw("script: as the language", FormBody(("lang", "<script>"), ("name", "見本")), Form),
        Raw("script: img onerror in address", ValidJson(("address_street", "<img src=x onerror=alert(1)>")), Json),

        // Spreadsheet formulas.
        Raw("formula: =HYPERLINK in name", ValidJson(("name", "=HYPERLINK(\"http://evil.example.net\",\"click\")")), Json),
        Raw("formula: @SUM in address", ValidJson(("address_street", "@SUM(1+1)*cmd|' /C calc'!A0")), Json),
        Raw("formula: + in description", ValidJson(("description", "+1+cmd|' /C calc'!A0")), Json),
        Raw("formula: - in desired response", ValidJson(("desired_response", "-2+3+cmd|' /C calc'!A0")), Json),
        Raw("formula: = in e-mail", ValidJson(("email", "=1+1@example.org")), Json),
        Raw("formula: full-width = in address", ValidJson(("address_street", "＝cmd|'/C calc'!A0")), Json),

        // Missing fields.
        Raw("missing: everything (json)", "{}", Json),
        Raw("missing: everything (form)", "", Form),
        Raw("missing: consent", ValidJson(("consent", null)), Json),
        Raw("missing: date of birth day", ValidJson(("date_of_birth_day", null)), Json),
        Raw("missing: request kinds", ValidRequestJson(("request_kinds", null)), Json, Request),

        // Unknown fields and wrong shapes.
        Raw("unknown: admin flag", ValidJson(("is_admin", "true")), Json),
        Raw("unknown: __proto__", ValidJson(("__proto__", "x")), Json),
        Raw("unknown: bracketed name", FormBody(("name[]", "見本")), Form),
        Raw("unknown: other form's field", ValidJson(("request_kinds", "disclosure")), Json),
        Raw("form: too many pairs", string.Join('&', Enumerable.Range(0, 201).Select(i => $"x{i}=1")), Form),
        Raw("form: empty name", "=見本", Form),
        Raw("shape: consent as the word true", ValidJson(("consent", "true")), Json),
        Raw("shape: year as a fraction", ValidJson(("date_of_birth_year", "1985.5")), Json),
        Raw("shape: e-mail sent twice", FormBody(("email", "a@example.org"), ("email", "b@example.org")), Form),

        // JSON values of a type their field does not take.
        Raw("json type: name as true", ValidJsonTyped("name", "true"), Json),
        Raw("json type: name as a number", ValidJsonTyped("name", "12345"), Json),
        Raw("json type: name as a one-item array", ValidJsonTyped("name", "[\"見本 花子\"]"), Json),
        Raw("json type: postal code as a number", ValidJsonTyped("postal_code", "1000001"), Json),
        Raw("json type: desired response as false", ValidJsonTyped("desired_response", "false"), Json),
        Raw("json type: card number as a number", ValidJsonTyped("card_number", "12345678"), Json),
        Raw("json type: choice as an array", ValidJsonTyped("category", "[\"handling\"]"), Json),

        // Tokens, methods and addresses.
        Raw("token: too short in header", ValidJson(), Json, Complaint, "1"),
        Raw("token: too long", ValidJson(("idempotency_token", new string('a', 101))), Json),
        Raw("token: with a script tag", ValidJson(("idempotency_token", "<script>aaaaaaaaaaaaaaaa")), Json),
        new("method: PUT", HttpMethod.Put, Complaint, Encoding.UTF8.GetBytes(ValidJson()), Json),
        new("method: DELETE", HttpMethod.Delete, Complaint, [], null),
        new("method: GET on submit", HttpMethod.Get, Complaint, [], null),
        Raw("path: unknown kind", ValidJson(), Json, "/api/inquiries/compliment"),

        // A token or key used before, sent again with other answers.
        Reused("reuse: token with another description", ("description", "書き換えた苦情の内容")),
        Reused("reuse: token with another name", ("name", "別人 次郎")),
        Reused("reuse: token with an answer left out", ("desired_response", null), ("desired_response", "謝罪を求めます")),
        Reused("reuse: key header with another category", ("category", "leak"), header: true),
        Reused("reuse: key header as a form post", ("category", "other"), header: true, form: true),
    ];

    /// <summary>A valid complaint sent with a fresh token, then the same token with <paramref name="change"/> (and <paramref name="first"/> only in the prior one).</summary>
    private static HostileRequest Reused(string name, (string Name, string? Value) change, (string Name, string? Value)? first = null, bool header = false, bool form = false)
    {
        var token = "reuse" + Guid.NewGuid().ToString("N");
        (string, string?)[] withToken = header ? [] : [("idempotency_token", token)];
        var prior = Raw(name + " (first)", ValidJson([.. withToken, .. first is { } f ? [f] : Array.Empty<(string, string?)>()]), Json, Complaint, header ? token : null);
        var body = form
            ? FormBody([.. Samples.ComplaintJson().Select(p => (p.Key, p.Value is true ? "yes" : (string)p.Value)).Where(p => p.Key != change.Name), (change.Name, change.Value!)])
            : ValidJson([.. withToken, change]);
        return Raw(name, body, form ? Form : Json, Complaint, header ? token : null) with { Prior = prior };
    }

    private static HostileRequest Raw(string name, string body, string? type, string path = Complaint, string? key = null) =>
        new(name, HttpMethod.Post, path, Encoding.UTF8.GetBytes(body), type, key);

    private static HostileRequest Bytes(string name, byte[] body, string type) => new(name, HttpMethod.Post, Complaint, body, type);

    /// <summary>A valid complaint as JSON with some fields changed (null removes one).</summary>
    private static string ValidJson(params (string Name, string? Value)[] changes) => Serialize(Samples.ComplaintJson(), changes);

    /// <summary>A valid complaint as JSON with one value replaced by a JSON literal of any type.</summary>
    private static string ValidJsonTyped(string name, string literal)
    {
        var body = Samples.ComplaintJson();
        body[name] = JsonDocument.Parse(literal).RootElement.Clone();
        return JsonSerializer.Serialize(body);
    }

    private static string ValidRequestJson(params (string Name, string? Value)[] changes)
    {
        var body = Samples.ComplaintJson();
        body.Remove("category");
        body.Remove("description");
        body["request_kinds"] = new[] { "purpose_notice" };
        body["data_concerned"] = "加入者台帳";
        return Serialize(body, changes);
    }

    private static string Serialize(Dictionary<string, object> body, (string Name, string? Value)[] changes)
    {
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                body.Remove(name);
            }
            else
            {
                body[name] = value;
            }
        }

        return JsonSerializer.Serialize(body);
    }

    private static string FormBody(params (string Name, string Value)[] pairs) =>
        string.Join('&', pairs.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)));
}
