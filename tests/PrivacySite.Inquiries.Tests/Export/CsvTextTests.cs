using PrivacySite.Inquiries.Export;

namespace PrivacySite.Inquiries.Tests.Export;

/// <summary>Cells a spreadsheet would run as a formula become plain text; RFC 4180 quoting keeps every other cell intact.</summary>
public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://example.org\",\"click\")")]
    [InlineData("=1+2")]
    [InlineData("+81 3 0000 0000")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+2")]
    [InlineData("\r=1+2")]
    [InlineData("＝HYPERLINK(\"http://example.org\",\"click\")")]
    [InlineData("＋81 3 0000 0000")]
    [InlineData("－2＋3")]
    [InlineData("＠SUM(A1:A2)")]
    [InlineData("﹦1+2")]
    [InlineData("﹢1")]
    [InlineData("﹣1")]
    [InlineData("﹫SUM(A1)")]
    public void A_cell_starting_like_a_formula_reads_back_with_a_leading_apostrophe(string value)
    {
        var cells = Assert.Single(Rfc4180.Parse(CsvText.Row(["ok", value])));
        Assert.Equal(["ok", "'" + value], cells);
    }

    [Theory]
    [InlineData("見本 太郎")]
    [InlineData("a=b")]
    [InlineData("1-2")]
    [InlineData("１＝１")]
    [InlineData("ー（長音）")]
    [InlineData("😀 =1")]
    [InlineData("'quoted already")]
    [InlineData("")]
    public void Other_cells_are_left_as_they_are(string value)
    {
        Assert.Equal(value, CsvText.Cell(value));
        Assert.Equal(["x", value], Assert.Single(Rfc4180.Parse(CsvText.Row(["x", value]))));
    }

    [Theory]
    [InlineData("東京都千代田区, 見本町", "\"東京都千代田区, 見本町\"")]
    [InlineData("say \"hello\"", "\"say \"\"hello\"\"\"")]
    [InlineData("line one\nline two", "\"line one\nline two\"")]
    [InlineData("=a,b", "\"'=a,b\"")]
    public void Commas_quotes_and_line_breaks_are_quoted_and_read_back_unchanged(string value, string written)
    {
        Assert.Equal(written, CsvText.Cell(value));
        var expected = value.StartsWith('=') ? "'" + value : value;
        Assert.Equal([expected, "end"], Assert.Single(Rfc4180.Parse(CsvText.Row([value, "end"]))));
    }

    [Theory]
    [InlineData("0312345678")]
    [InlineData("03-1234-5678")]
    [InlineData("100-0001")]
    [InlineData("0001")]
    [InlineData("1970-12-31")]
    public void A_members_digits_keep_their_leading_zeros_as_text_after_a_tab_not_as_a_formula(string value)
    {
        var written = CsvText.TextCell(value);

        Assert.Equal("\t" + value, written);
        Assert.DoesNotContain("=", written);
        Assert.Equal(["\t" + value, "end"], Assert.Single(Rfc4180.Parse(CsvText.Line([written, CsvText.Cell("end")]))));
    }

    [Theory]
    [InlineData("=0312345678", "'=0312345678")]
    [InlineData("-0312345678", "'-0312345678")]
    [InlineData("+81312345678", "'+81312345678")]
    [InlineData("\t0312345678", "'\t0312345678")]
    [InlineData("=\"0312345678\"", "\"'=\"\"0312345678\"\"\"")]
    [InlineData("０３１２", "０３１２")]
    [InlineData("03 1234 5678", "03 1234 5678")]
    [InlineData("03,1234", "\"03,1234\"")]
    public void A_members_value_that_is_not_only_digits_and_hyphens_gets_the_rules_of_every_cell(string value, string written)
    {
        Assert.Equal(written, CsvText.TextCell(value));
        Assert.Equal(CsvText.Cell(value), CsvText.TextCell(value));
    }

    [Fact]
    public void Rows_end_with_crlf()
    {
        Assert.Equal("a,b\r\n", CsvText.Row(["a", "b"]));
    }
}
