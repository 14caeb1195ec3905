using System.Globalization;

namespace PublicPortal.IntegrationTests.Features.OpenData;

public class CsvExportTests(OpenDataFixture factory) : IClassFixture<OpenDataFixture>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_Csv_HasBomCrlfAndStableSnakeCaseHeader()
    {
        var (bytes, text) = await Downloads.GetCsvAsync(_client, "/data/phase-out.csv");
        Assert.Equal(Downloads.Bom, bytes[..3]);
        Assert.StartsWith("id,year,enterprise_name,credit_code,city,place,industry,aspect,department,published_at,updated_at,is_sample,"
            + "equipment,capacity,capacity_unit,measure,status,completed_on,accepted_on,remarks\r\n", text);
        Assert.EndsWith("\r\n", text);
        // Every line break outside a quoted field is CRLF: remove the one quoted CRLF-bearing value and none is bare.
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
    }

    [Fact]
    public async Task Get_Csv_NeutralisesFormulaPayloadsInTextCells()
    {
        var rows = (await Downloads.RowsAsync(_client, "/data/phase-out.csv"))
            .ToDictionary(r => int.Parse(r["id"], CultureInfo.InvariantCulture));
        var formula = rows[factory.Formula.Id];
        Assert.Equal("'=HYPERLINK(\"http://evil.example\")钢铁有限公司", formula["enterprise_name"]);
        Assert.Equal("'+1×450立方米炼铁高炉", formula["equipment"]);
        Assert.Equal("'-2 备注", formula["remarks"]);
        var at = rows[factory.AtSign.Id];
        Assert.Equal("'@福田测试水泥有限公司", at["enterprise_name"]);
        Assert.Equal("'\t制表符开头的粉磨机", at["equipment"]);
        Assert.Equal("'\r回车开头", at["remarks"]);
    }

    [Fact]
    public async Task Get_Csv_RoundTripsChineseQuotesAndNewlines_AndKeepsTypedColumnsPlain()
    {
        var rows = (await Downloads.RowsAsync(_client, "/data/phase-out.csv"))
            .ToDictionary(r => int.Parse(r["id"], CultureInfo.InvariantCulture));
        var quoted = rows[factory.QuotedEntry.Id];
        Assert.Equal(OpenDataFixture.Quoted, quoted["enterprise_name"]);
        Assert.Equal("说“不”的 \"高炉\"", quoted["equipment"]);
        Assert.Equal("", quoted["completed_on"]); // missing value: empty, not "null"

        var formula = rows[factory.Formula.Id];
        Assert.Equal(12.5, double.Parse(formula["capacity"], NumberStyles.Float, CultureInfo.InvariantCulture));
        Assert.Equal(2023, int.Parse(formula["year"], NumberStyles.None, CultureInfo.InvariantCulture));
        Assert.Equal("2023-05-20", formula["completed_on"]);
        Assert.True(DateTimeOffset.TryParseExact(formula["published_at"], "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var published));
        Assert.Equal(new DateTimeOffset(2023, 6, 1, 8, 0, 0, TimeSpan.FromHours(8)), published);
        Assert.Equal("false", formula["is_sample"]);
        Assert.Equal("深圳市", formula["city"]);
        Assert.Equal("福田区", formula["place"]);
        Assert.Equal("万吨/年", formula["capacity_unit"]);
        Assert.Equal("1234567.25", rows[factory.AtSign.Id]["capacity"]);
        Assert.Equal("2023-08-01", rows[factory.AtSign.Id]["accepted_on"]);
    }

    [Fact]
    public async Task Get_Csv_HasOnlyPublishedRows_AndFlagsSampleRows()
    {
        var rows = await Downloads.RowsAsync(_client, "/data/phase-out.csv");
        var ids = rows.Select(r => int.Parse(r["id"], CultureInfo.InvariantCulture)).ToList();
        Assert.DoesNotContain(factory.Draft.Id, ids);
        Assert.DoesNotContain(factory.Withdrawn.Id, ids);
        Assert.Equal(5, ids.Count);
        Assert.Equal("true", rows.Single(r => r["id"] == factory.Sample.Id.ToString(CultureInfo.InvariantCulture))["is_sample"]);
    }

    [Fact]
    public async Task Get_Json_HasTypedValues()
    {
        var response = await _client.GetAsync("/data/phase-out.json");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("phase-out", json.RootElement.GetProperty("dataset").GetString());
        var row = json.RootElement.GetProperty("data").EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == factory.Formula.Id);
        Assert.Equal(12.5, row.GetProperty("capacity").GetDouble());
        Assert.Equal(2023, row.GetProperty("year").GetInt32());
        Assert.False(row.GetProperty("is_sample").GetBoolean());
        Assert.Equal("2023-05-20", row.GetProperty("completed_on").GetString());
        // JSON is data, not a spreadsheet: no quote prefix
        Assert.Equal("=HYPERLINK(\"http://evil.example\")钢铁有限公司", row.GetProperty("enterprise_name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.RootElement.GetProperty("data").EnumerateArray()
            .Single(r => r.GetProperty("id").GetInt32() == factory.QuotedEntry.Id).GetProperty("completed_on").ValueKind);
    }
}
