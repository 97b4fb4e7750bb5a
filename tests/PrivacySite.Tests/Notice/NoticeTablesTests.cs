namespace PrivacySite.Tests.Notice;

/// <summary>Every data table on the notice's pages is a real table: caption, column headers, row headers, labelled cells.</summary>
public sealed class NoticeTablesTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    public static TheoryData<string, Language> Pages
    {
        get
        {
            var data = SampleNotice.SectionsByLanguage();
            data.Add("notice", Language.Ja);
            data.Add("notice", Language.En);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Tables_have_a_caption_header_cells_and_labelled_cells(string slug, Language language)
    {
        foreach (var table in site.Parse(SampleNotice.PageFile(slug, language)).QuerySelectorAll("main table"))
        {
            Assert.Contains("stack", table.ClassList);
            Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent), "table without a caption");

            var columns = table.QuerySelectorAll("thead th").ToList();
            Assert.True(columns.Count >= 2, "a data table needs at least two column headers");
            Assert.All(columns, th => Assert.Equal("col", th.GetAttribute("scope")));

            var rows = table.QuerySelectorAll("tbody tr").ToList();
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                Assert.Equal("row", row.Children[0].GetAttribute("scope"));
                Assert.Equal("th", row.Children[0].LocalName);

                // Under 40rem each cell shows its column's name from data-label, so it must match the header.
                var cells = row.Children.Skip(1).ToList();
                Assert.Equal(columns.Skip(1).Select(c => c.TextContent), cells.Select(td => td.GetAttribute("data-label")));
            }
        }
    }

    [Fact]
    public void The_notice_has_the_tables_its_content_calls_for()
    {
        var notice = SampleNotice.Content.Notice;
        var expected = new Dictionary<string, int>
        {
            ["purposes"] = notice.Purposes.InformationTypes.Rows.Count,
            ["consignees"] = notice.Consignment!.Tasks.Count,
            ["my-number"] = notice.MyNumber!.Exchanges.Partners.Count,
            ["revisions"] = notice.Revisions.Revisions.Count,
        };

        foreach (var (slug, rows) in expected)
        {
            var table = Assert.Single(site.Parse(SampleNotice.PageFile(slug, Language.Ja)).QuerySelectorAll("main table"));
            Assert.Equal(rows, table.QuerySelectorAll("tbody tr").Length);
        }

        Assert.Equal(2, site.Parse(SampleNotice.PageFile("requests", Language.En)).QuerySelectorAll("main table").Length);
    }
}
