using System.Text;
using System.Text.Json;
using PrivacySite.Forms.Model;
using PrivacySite.Inquiries.Export;

namespace PrivacySite.Inquiries.Tests.Export;

/// <summary>The export's CSV (for Excel) and JSON: every visible field, times in Japan time, the history, nothing internal.</summary>
public sealed class InquiryExporterTests
{
    private static readonly InquiryRecord Request = DeskSamples.Record(steps: [InquiryStatus.IdentityVerified, InquiryStatus.InProgress, InquiryStatus.Answered]);

    private static readonly InquiryRecord Complaint = WithFormulas(DeskSamples.Record(InquiryKind.Complaint));

    /// <summary>Values the intake refuses today, as an older record or another tool might hold them.</summary>
    private static InquiryRecord WithFormulas(InquiryRecord record) => record with
    {
        Values = new Dictionary<string, IReadOnlyList<string>>(record.Values) { ["description"] = ["=HYPERLINK(\"http://example.org\")\n二行目"], ["desired_response"] = ["@担当者"] },
    };

    private static byte[] Csv(Language language = Language.En)
    {
        using var stream = new MemoryStream();
        InquiryExporter.WriteCsv([ExportRow.From(Request), ExportRow.From(Complaint)], stream, CsvLabels.For(SampleContent.Content, language));
        return stream.ToArray();
    }

    private static Dictionary<string, string> RowOf(List<List<string>> rows, InquiryRecord record) =>
        rows[0].Zip(rows.Single(r => r[0] == record.Reference.Value)).ToDictionary(p => p.First, p => p.Second);

    [Fact]
    public void In_japanese_the_header_is_the_desks_words_and_the_forms_labels_and_kinds_and_statuses_are_named()
    {
        var rows = Rfc4180.Parse(Encoding.UTF8.GetString(Csv(Language.Ja)[3..]));
        var forms = new PrivacySite.Forms.Text.FormText(SampleContent.Content.Forms);
        var strings = SampleContent.Content.Strings[Language.Ja].Values;

        Assert.Equal(CsvLabels.Columns.SkipLast(1).Select(c => strings[CsvLabels.Key(c)]), rows[0].Take(7));
        Assert.Equal(["受付番号", "種類", "状態"], rows[0].Take(3));
        Assert.Equal("経過", rows[0][^1]);
        Assert.Equal(ExportRow.FieldNames.Select(n => forms.Label(n, Language.Ja)), rows[0].Skip(7).SkipLast(1));
        Assert.DoesNotContain("postal_code", rows[0]);

        var answered = RowOf(rows, Request);
        Assert.Equal("開示等の請求", answered["種類"]);
        Assert.Equal("回答済み", answered["状態"]);
        Assert.Contains("本人確認済み (見本 一郎)", answered["経過"]);
        Assert.Equal("\t0300000000", answered[forms.Label("phone", Language.Ja)]);
        Assert.Equal("\t100-0001", answered[forms.Label("postal_code", Language.Ja)]);

        // The formula rule holds in either language.
        var complaint = RowOf(rows, Complaint);
        Assert.Equal("苦情・相談", complaint["種類"]);
        Assert.StartsWith("'=HYPERLINK", complaint[forms.Label("description", Language.Ja)]);
        Assert.Equal("'@担当者", complaint[forms.Label("desired_response", Language.Ja)]);
    }

    [Fact]
    public void Phone_numbers_and_postal_codes_keep_their_leading_zeros_for_excel_as_text()
    {
        var disclosure = RowOf(Rfc4180.Parse(Encoding.UTF8.GetString(Csv()[3..])), Request);

        Assert.Equal("\t0300000000", disclosure["phone"]);
        Assert.Equal("\t100-0001", disclosure["postal_code"]);
        Assert.Equal("見本 太郎", disclosure["name"]);
    }

    [Fact]
    public void The_csv_is_utf8_with_a_byte_order_mark_so_excel_reads_japanese()
    {
        var bytes = Csv();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("見本 太郎", new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[3..]));
    }

    [Fact]
    public void The_csv_has_a_header_and_one_row_per_inquiry_with_every_visible_field()
    {
        var rows = Rfc4180.Parse(Encoding.UTF8.GetString(Csv()[3..]));
        var header = rows[0];
        Assert.Equal(["reference", "kind", "status", "language", "received_at_jst", "due_on", "closed_at_jst"], header.Take(7));
        Assert.Equal("history", header[^1]);
        Assert.DoesNotContain("idempotency_token", header);
        Assert.DoesNotContain("website", header);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));

        var disclosure = header.Zip(rows[1]).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(Request.Reference.Value, disclosure["reference"]);
        Assert.Equal("answered", disclosure["status"]);
        Assert.Equal("2026-11-02 10:30", disclosure["received_at_jst"]);  // 01:30 UTC
        Assert.Equal("2026-11-05 10:30", disclosure["closed_at_jst"]);
        Assert.Equal("disclosure; correction", disclosure["request_kinds"]);
        Assert.Equal("2023年度の健診結果\n2024年度の分も", disclosure["data_concerned"]);
        Assert.Equal("", disclosure["category"]);
        Assert.Equal(4, disclosure["history"].Split('\n').Length);
        Assert.StartsWith("2026-11-02 10:30 received", disclosure["history"]);
        Assert.Contains("identity-verified (見本 一郎)", disclosure["history"]);
    }

    [Fact]
    public void Cells_a_spreadsheet_would_run_as_formulas_are_plain_text()
    {
        var rows = Rfc4180.Parse(Encoding.UTF8.GetString(Csv()[3..]));
        var complaint = rows[0].Zip(rows[2]).ToDictionary(p => p.First, p => p.Second);

        Assert.Equal("'=HYPERLINK(\"http://example.org\")\n二行目", complaint["description"]);
        Assert.Equal("'@担当者", complaint["desired_response"]);
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\r', cell));

        // A tab leads only a member's digits and hyphens (kept as text for Excel), never anything a formula could follow.
        Assert.All(rows.SelectMany(r => r).Where(c => c.StartsWith('\t')), cell => Assert.Matches(@"^\t[0-9][0-9-]*$", cell));
    }

    [Fact]
    public void The_json_holds_every_visible_field_and_the_history_with_japan_times()
    {
        using var stream = new MemoryStream();
        InquiryExporter.WriteJson([ExportRow.From(Request)], stream);
        using var json = JsonDocument.Parse(stream.ToArray());

        var inquiry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(Request.Reference.Value, inquiry.GetProperty("reference").GetString());
        Assert.Equal("answered", inquiry.GetProperty("status").GetString());
        Assert.Equal("2026-11-02T10:30:00+09:00", inquiry.GetProperty("received_at").GetString());
        Assert.Equal(Request.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), inquiry.GetProperty("due_on").GetString());
        Assert.Equal("見本 太郎", inquiry.GetProperty("values").GetProperty("name")[0].GetString());
        var history = inquiry.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["received", "identity-verified", "in-progress", "answered"], history.Select(h => h.GetProperty("status").GetString()));
        Assert.Equal("見本 一郎", history[1].GetProperty("actor").GetString());
        Assert.False(inquiry.TryGetProperty("submission_key", out _));
        Assert.False(inquiry.TryGetProperty("e_tag", out _));
    }
}
