using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Pages.Lists;

/// <summary>Shenzhen's 2023 exits, and the entries the compilation must leave out (another city, another year, not yet
/// completed, not yet published).</summary>
public class AnnualListFixture : PortalFactory, IAsyncLifetime
{
    public const string Office = "annual-office@test.local";

    public PhaseOutEntry Futian { get; private set; } = null!;
    public PhaseOutEntry Luohu { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await StaffLogin.CreateAsync(this, Office, StaffRoles.Office, "440300-office");
        await WithDbAsync(async db =>
        {
            Futian = await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "福田年度钢铁有限公司", "440304"),
                e => { e.Equipment = "450立方米炼铁高炉"; e.Capacity = 55; });
            await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "南山年度水泥有限公司", "440305"),
                e =>
                {
                    e.Equipment = "φ2.6米水泥粉磨机"; e.Capacity = 12.5;
                    e.Status = PhaseOutStatus.Accepted; e.AcceptedOn = new DateOnly(2023, 8, 1);
                },
                industry: "cement");
            Luohu = await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "罗湖年度玻璃有限公司", "440303"),
                e => { e.Equipment = "80吨/天平板玻璃生产线"; e.Capacity = 2; e.CapacityUnit = "万重量箱/年"; });
            // Left out: another city, another year, not completed, not yet published.
            await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "遂溪年度铸造有限公司", "440823"), e => e.Equipment = "5吨冲天炉");
            await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "福田往年钢铁有限公司", "440304"), year: 2022);
            await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "南山计划钢铁有限公司", "440305"),
                e => { e.Status = PhaseOutStatus.Planned; e.CompletedOn = null; });
            await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "南山草稿钢铁有限公司", "440305"),
                e => e.State = PublicationState.Draft);
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class AnnualListTests(AnnualListFixture factory) : IClassFixture<AnnualListFixture>
{
    private readonly HttpClient _public = factory.CreateClient();

    [Fact]
    public async Task PublishV1_CorrectEntries_PublishV2_KeepsV1AndShowsWhatChanged()
    {
        var office = await StaffLogin.SignInAsync(factory, AnnualListFixture.Office);

        // Preview, then publish version 1 through the staff page.
        var preview = await office.GetPageAsync("/staff/annual?year=2023");
        Assert.Equal(["福田年度钢铁有限公司", "罗湖年度玻璃有限公司", "南山年度水泥有限公司"], Enterprises(preview));
        var summary = preview.QuerySelector("#annual-summary")!.NormalizedText();
        Assert.Contains("共 3 条", summary);
        Assert.Contains("万吨/年 2 条，合计 67.5 万吨/年", summary);
        Assert.Contains("万重量箱/年 1 条，合计 2 万重量箱/年", summary);
        var published = await PublishAsync(office, preview, "首次公布");
        Assert.Contains("已发布2023年度名单第1版（3条）", published.QuerySelector("main [role=status]")!.TextContent);

        var v1 = await _public.GetPageAsync("/lists/annual/440300/2023");
        Assert.Equal(["福田年度钢铁有限公司", "罗湖年度玻璃有限公司", "南山年度水泥有限公司"], Enterprises(v1));
        Assert.Contains("第1版", v1.QuerySelector("#annual-version")!.TextContent);
        Assert.Contains("这是最新版本", v1.QuerySelector("#annual-version")!.TextContent);
        Assert.Contains("深圳市福田区", v1.QuerySelector("tbody tr")!.NormalizedText()); // places in the usual (reference) order
        var v1Html = (await _public.GetPageAsync("/lists/annual/440300/2023/v1")).QuerySelector("table")!.OuterHtml;

        // Corrections: a capacity fixed, one entry withdrawn, one late exit added.
        await factory.WithDbAsync(async db =>
        {
            await db.PhaseOutEntries.IgnoreQueryFilters().Where(e => e.Id == factory.Futian.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Capacity, 50));
            await db.PhaseOutEntries.IgnoreQueryFilters().Where(e => e.Id == factory.Luohu.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.State, PublicationState.Withdrawn));
            await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "宝安年度钢铁有限公司", "440306"), e => e.Capacity = 20);
        });

        // A correction needs a note.
        preview = await office.GetPageAsync("/staff/annual?year=2023");
        var refused = await PublishAsync(office, preview, "");
        Assert.Contains("写明更正了哪些内容", refused.QuerySelector("main [role=alert]")!.TextContent);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AnnualLists.CountAsync()));

        published = await PublishAsync(office, refused, "更正福田产能；撤回罗湖；补报宝安");
        Assert.Contains("第2版（3条）", published.QuerySelector("main [role=status]")!.TextContent);

        var latest = await _public.GetPageAsync("/lists/annual/440300/2023");
        Assert.Equal(["福田年度钢铁有限公司", "南山年度水泥有限公司", "宝安年度钢铁有限公司"], Enterprises(latest));
        Assert.Contains("第2版", latest.QuerySelector("#annual-version")!.TextContent);
        Assert.Contains("更正福田产能；撤回罗湖；补报宝安", latest.QuerySelector("#annual-note")!.TextContent);
        Assert.Contains("50 万吨/年", latest.QuerySelector("tbody")!.TextContent);

        var old = await _public.GetPageAsync("/lists/annual/440300/2023/v1");
        Assert.Equal(v1Html, old.QuerySelector("table")!.OuterHtml); // a published version never changes
        Assert.Contains("最新版本为第2版", old.QuerySelector("#annual-version")!.TextContent);

        var compare = await _public.GetPageAsync("/lists/annual/440300/2023/compare?from=1&to=2");
        Assert.Equal("新增 1 条，删除 1 条，变更 1 条。", compare.QuerySelector("#compare-counts")!.NormalizedText());
        Assert.Equal(["宝安年度钢铁有限公司"], Enterprises(compare.QuerySelector("#compare-added")!));
        Assert.Equal(["罗湖年度玻璃有限公司"], Enterprises(compare.QuerySelector("#compare-removed")!));
        var changed = Assert.Single(compare.QuerySelectorAll("#compare-changed tbody tr"));
        Assert.Equal(["福田年度钢铁有限公司", "450立方米炼铁高炉", "产能", "55 万吨/年 → 50 万吨/年"],
            changed.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList());

        var index = await _public.GetPageAsync("/lists/annual");
        var row = Assert.Single(index.QuerySelectorAll("#annual-lists tbody tr"));
        Assert.Contains("深圳市2023年度名单", row.NormalizedText());
        Assert.Equal(["第1版", "第2版"], row.QuerySelectorAll("li a").Select(a => a.TextContent.Trim()).ToList());
        Assert.NotNull((await _public.GetPageAsync("/lists")).QuerySelector("a[href='/lists/annual']"));

        var audit = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditActions.PublishAnnualList).OrderBy(a => a.Id).Select(a => a.Subject).ToListAsync());
        Assert.Equal(["AnnualList:440300/2023/v1", "AnnualList:440300/2023/v2"], audit);
        var stored = await factory.WithDbAsync(db => db.AnnualLists.OrderBy(l => l.Version)
            .Select(l => new { l.Version, l.Note, Rows = l.Rows.Count }).ToListAsync());
        Assert.Equal([(1, "首次公布", 3), (2, "更正福田产能；撤回罗湖；补报宝安", 3)], stored.Select(s => (s.Version, s.Note, s.Rows)).ToList());
    }

    private static async Task<IHtmlDocument> PublishAsync(HttpClient client, IHtmlDocument preview, string note)
    {
        var form = (IHtmlFormElement)preview.QuerySelector("form#publish")!;
        return await HtmlHelpers.GetDocumentAsync(await client.SendAsync(form, new Dictionary<string, string> { ["Input.Note"] = note }));
    }

    private static List<string> Enterprises(AngleSharp.Dom.IParentNode node) =>
        node.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent.Trim()).ToList();
}
