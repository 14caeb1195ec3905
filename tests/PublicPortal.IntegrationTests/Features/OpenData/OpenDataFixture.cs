using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.IntegrationTests.Features.OpenData;

/// <summary>
/// Rows that test a CSV writer: formula-injection payloads, Chinese, quotes, commas and line breaks in text; two years;
/// a sample row; and rows the public must not get (a draft, a withdrawn entry).
/// </summary>
public class OpenDataFixture : PortalFactory, IAsyncLifetime
{
    public const string Quoted = "引号\"和,逗号\r\n换行有限公司";

    public PhaseOutEntry Formula { get; private set; } = null!;
    public PhaseOutEntry AtSign { get; private set; } = null!;
    public PhaseOutEntry QuotedEntry { get; private set; } = null!;
    public PhaseOutEntry Earlier { get; private set; } = null!;
    public PhaseOutEntry Sample { get; private set; } = null!;
    public PhaseOutEntry Draft { get; private set; } = null!;
    public PhaseOutEntry Withdrawn { get; private set; } = null!;

    public async Task InitializeAsync() => await WithDbAsync(async db =>
    {
        Formula = await TestData.PhaseOutAsync(db,
            await TestData.EnterpriseAsync(db, "=HYPERLINK(\"http://evil.example\")钢铁有限公司", "440304"),
            e => { e.Equipment = "+1×450立方米炼铁高炉"; e.Remarks = "-2 备注"; e.Capacity = 12.5; e.CompletedOn = new DateOnly(2023, 5, 20); });
        AtSign = await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "@福田测试水泥有限公司", "440304"),
            e =>
            {
                e.Equipment = "\t制表符开头的粉磨机"; e.Remarks = "\r回车开头"; e.Capacity = 1234567.25;
                e.Status = PhaseOutStatus.Accepted; e.AcceptedOn = new DateOnly(2023, 8, 1);
            },
            industry: "cement");
        QuotedEntry = await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, Quoted, "440305"),
            e => { e.Equipment = "说“不”的 \"高炉\""; e.Status = PhaseOutStatus.Planned; e.CompletedOn = null; });
        Earlier = await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "遂溪往年铸造有限公司", "440823"),
            e => e.Equipment = "5吨冲天炉", year: 2022);
        Sample = await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "（示例）南山示例钢铁有限公司", "440305"), e => e.IsSample = true);
        Draft = await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "草稿未发布钢铁有限公司", "440305"),
            e => e.State = PublicationState.Draft);
        Withdrawn = await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "已撤回钢铁有限公司", "440305"),
            e => e.State = PublicationState.Withdrawn);

        var futian = await TestData.EnterpriseAsync(db, "福田卡片测试有限公司", "440304");
        await TestData.CardAsync(db, futian, Card.Yellow, new(2023, 1, 10), c => c.Status = CardStatus.Escalated);
        await TestData.CardAsync(db, futian, Card.Red, new(2023, 7, 25));
        await TestData.CardAsync(db, await TestData.EnterpriseAsync(db, "南山卡片测试有限公司", "440305"), Card.Yellow, new(2024, 3, 1));
        await TestData.SealingAsync(db, await TestData.EnterpriseAsync(db, "逾期封存测试有限公司", "440304"), year: 2020);
        await TestData.SealingAsync(db, await TestData.EnterpriseAsync(db, "按期拆除测试有限公司", "440305"),
            n => { n.Status = SealingStatus.Dismantled; n.DismantledOn = n.DismantleDeadline; }, year: 2020);
        await TestData.EmissionAsync(db, await TestData.EnterpriseAsync(db, "排放测试有限公司", "440304"), v => v.IsSerious = true);
        await TestData.QualityAsync(db, await TestData.EnterpriseAsync(db, "质量测试有限公司", "440304"));
        await RegisterTestData.AnnouncementAsync(db, "关于公布名单的公告", new DateTime(2023, 6, 1, 2, 0, 0, DateTimeKind.Utc));
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>Reading downloads back the way a user's tools would.</summary>
public static class Downloads
{
    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static async Task<(byte[] Bytes, string Text)> GetCsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (bytes, Encoding.UTF8.GetString(bytes.AsSpan(Bom.Length)));
    }

    /// <summary>Header and rows, parsed by CsvHelper (RFC 4180) from the bytes as downloaded, BOM included.</summary>
    public static (string[] Header, List<Dictionary<string, string>> Rows) Parse(byte[] bytes)
    {
        using var csv = CsvReader.Create(bytes, null);
        var header = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(header.ToDictionary(h => h, h => csv.GetString(h)));
        return (header, rows);
    }

    public static async Task<List<Dictionary<string, string>>> RowsAsync(HttpClient client, string url) =>
        Parse((await GetCsvAsync(client, url)).Bytes).Rows;

    public static async Task<List<int>> IdsAsync(HttpClient client, string url) =>
        (await RowsAsync(client, url)).Select(r => int.Parse(r["id"], CultureInfo.InvariantCulture)).Order().ToList();
}
