using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Features.OpenData;

/// <summary>
/// Two quality entries published through <see cref="EditorialWorkflow"/>; one corrected, the other withdrawn. And
/// Shenzhen's 2023 annual list published twice by <see cref="AnnualCompilation"/>, with a correction in between.
/// </summary>
public class ChangeLogFixture : PortalFactory, IAsyncLifetime
{
    public QualityFailure Corrected { get; private set; } = null!;
    public QualityFailure Withdrawn { get; private set; } = null!;
    public PhaseOutEntry Futian { get; private set; } = null!;
    public PhaseOutEntry Luohu { get; private set; } = null!;
    public PhaseOutEntry Baoan { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var (marketId, marketCode) = await WithDbAsync(async db =>
        {
            var d = await db.Departments.FirstAsync(d =>
                d.Jurisdiction.Code == "440300" && d.Kind == Web.Features.Reference.DepartmentKind.MarketRegulation);
            return (d.Id, d.Code);
        });
        var lead = await StaffLogin.CreateAsync(this, "opendata-lead@test.local", StaffRoles.Lead, marketCode);
        var office = await StaffLogin.CreateAsync(this, "opendata-office@test.local", StaffRoles.Office, "440300-office");

        using (var scope = Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var workflow = Workflow(db, lead.Id, marketId);
            Corrected = await TestData.QualityAsync(db, await TestData.EnterpriseAsync(db, "更正测试钢筋有限公司", "440304"),
                q => q.State = PublicationState.Draft);
            Withdrawn = await TestData.QualityAsync(db, await TestData.EnterpriseAsync(db, "撤回测试钢筋有限公司", "440304"),
                q => q.State = PublicationState.Draft);
            var now = Clock.UtcNow();
            EditorialWorkflow.Publish(db, RegisterKind.Quality, Corrected, now, lead.Id);
            EditorialWorkflow.Publish(db, RegisterKind.Quality, Withdrawn, now, lead.Id);
            await db.SaveChangesAsync();
            Corrected.FailedItems = "抗拉强度";
            Assert.Null(workflow.Correct(RegisterKind.Quality, Corrected, "复检后更正不合格项目", "不合格项目：屈服强度 → 抗拉强度"));
            Assert.Null(workflow.Withdraw(RegisterKind.Quality, Withdrawn, "抽检批次登记错误"));
            await db.SaveChangesAsync();
        }

        await WithDbAsync(async db =>
        {
            Futian = await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "福田版本钢铁有限公司", "440304"), e => e.Capacity = 55);
            Luohu = await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "罗湖版本玻璃有限公司", "440303"));
        });
        await PublishAnnualAsync(office, null);
        await WithDbAsync(async db =>
        {
            await db.PhaseOutEntries.Where(e => e.Id == Futian.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Capacity, 50));
            await db.PhaseOutEntries.Where(e => e.Id == Luohu.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.State, PublicationState.Withdrawn));
            Baoan = await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "宝安版本钢铁有限公司", "440306"));
        });
        await PublishAnnualAsync(office, "更正福田产能，撤回罗湖，补充宝安");
    }

    private async Task PublishAnnualAsync(StaffUser office, string? note)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var shenzhen = await db.Jurisdictions.SingleAsync(j => j.Code == "440300");
        var published = await scope.ServiceProvider.GetRequiredService<AnnualCompilation>()
            .PublishAsync(shenzhen.Id, 2023, office.Id, office.DepartmentId!.Value, note, CancellationToken.None);
        Assert.Null(published.Error);
        await db.SaveChangesAsync();
    }

    /// <summary>The real workflow acting as a department lead (what the staff pages do after sign-in).</summary>
    private EditorialWorkflow Workflow(PortalDbContext db, int staffId, int departmentId)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, staffId.ToString(CultureInfo.InvariantCulture)),
            new Claim(StaffClaims.DepartmentId, departmentId.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Role, StaffRoles.Lead),
        ], "test"));
        var staff = new CurrentStaff(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = user } }, db);
        return new EditorialWorkflow(db, staff, new AuditLog(db, staff, Clock), Clock);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class ChangeLogTests(ChangeLogFixture factory) : IClassFixture<ChangeLogFixture>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_RegisterChanges_ListsAddedChangedAndRemovedInOrder()
    {
        var (header, rows) = Downloads.Parse((await Downloads.GetCsvAsync(_client, "/data/quality/changes.csv")).Bytes);
        Assert.Equal(["change_id", "changed_at", "change", "change_name", "entry_id", "title", "details", "reason"], header);
        var lines = rows
            .Select(r => (int.Parse(r["entry_id"], CultureInfo.InvariantCulture), r["change"], r["title"], r["details"], r["reason"]))
            .ToList();
        Assert.Equal(
        [
            (factory.Corrected.Id, "added", "更正测试钢筋有限公司", "", ""),
            (factory.Withdrawn.Id, "added", "撤回测试钢筋有限公司", "", ""),
            (factory.Corrected.Id, "changed", "更正测试钢筋有限公司", "不合格项目：屈服强度 → 抗拉强度", "复检后更正不合格项目"),
            (factory.Withdrawn.Id, "removed", "撤回测试钢筋有限公司", "", "抽检批次登记错误"),
        ], lines);
        Assert.All(rows, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$", r["changed_at"]));

        // The withdrawn entry has left the dataset itself.
        Assert.Equal([factory.Corrected.Id], await Downloads.IdsAsync(_client, "/data/quality.csv"));
    }

    [Fact]
    public async Task Get_RegisterChangesJson_HasTheSameLines()
    {
        using var json = System.Text.Json.JsonDocument.Parse(await _client.GetStringAsync("/data/quality/changes.json"));
        var kinds = json.RootElement.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("change_name").GetString()).ToList();
        Assert.Equal(["新增", "新增", "更正", "撤回"], kinds);
    }

    [Fact]
    public async Task Get_DatasetPage_ShowsTheChangeLogNewestFirst()
    {
        var page = await _client.GetPageAsync("/data/quality");
        var rows = page.QuerySelectorAll("#changes tbody tr").Select(r => r.NormalizedText()).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains("撤回", rows[0]);
        Assert.Contains("抽检批次登记错误", rows[0]);
        Assert.Contains("不合格项目：屈服强度 → 抗拉强度", rows[1]);
        Assert.Equal($"/lists/quality/{factory.Withdrawn.Id}", page.QuerySelector("#changes tbody tr a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_AnnualListVersions_StayDownloadableAfterANewVersion()
    {
        var v1 = Downloads.Parse((await Downloads.GetCsvAsync(_client, "/data/annual-lists/440300/2023/v1.csv")).Bytes).Rows;
        Assert.Equal(["福田版本钢铁有限公司", "罗湖版本玻璃有限公司"], v1.Select(r => r["enterprise_name"]).Order().ToArray());
        Assert.Equal("55", v1.Single(r => r["enterprise_name"] == "福田版本钢铁有限公司")["capacity"]);
        Assert.All(v1, r => Assert.Equal("1", r["version"]));

        var v2 = Downloads.Parse((await Downloads.GetCsvAsync(_client, "/data/annual-lists/440300/2023/v2.csv")).Bytes).Rows;
        Assert.Equal(["宝安版本钢铁有限公司", "福田版本钢铁有限公司"], v2.Select(r => r["enterprise_name"]).Order().ToArray());
        Assert.Equal("50", v2.Single(r => r["enterprise_name"] == "福田版本钢铁有限公司")["capacity"]);

        var latest = await _client.GetAsync("/data/annual-lists/440300/2023/latest.csv");
        Assert.Equal("/data/annual-lists/440300/2023/v2.csv", latest.Content.Headers.ContentLocation?.OriginalString);
        Assert.Equal(v2.Count, Downloads.Parse(await latest.Content.ReadAsByteArrayAsync()).Rows.Count);

        // The whole dataset holds every version's rows.
        Assert.Equal(4, (await Downloads.RowsAsync(_client, "/data/annual-lists.csv")).Count);
    }

    [Fact]
    public async Task Get_AnnualListChanges_DiffsEachConsecutivePair()
    {
        var rows = (await Downloads.RowsAsync(_client, "/data/annual-lists/440300/2023/changes.csv"))
            .Select(r => (r["from_version"], r["to_version"], r["change"], r["enterprise_name"], r["details"])).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(("1", "2", "added", "宝安版本钢铁有限公司", ""), rows);
        Assert.Contains(("1", "2", "removed", "罗湖版本玻璃有限公司", ""), rows);
        Assert.Contains(("1", "2", "changed", "福田版本钢铁有限公司", "产能：55 万吨/年 → 50 万吨/年"), rows);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/data/annual-lists/440300/2019/changes.csv")).StatusCode);
    }

    [Fact]
    public async Task Get_AnnualPages_LinkToTheirDownloads()
    {
        var v1 = await _client.GetPageAsync("/lists/annual/440300/2023/v1");
        var links = v1.QuerySelectorAll("#annual-downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/data/annual-lists/440300/2023/v1.csv", links);
        Assert.Contains("/data/annual-lists/440300/2023/changes.csv", links);
        var data = await _client.GetPageAsync("/data/annual-lists");
        Assert.Contains("/data/annual-lists/440300/2023/v2.json",
            data.QuerySelectorAll("#annual-versions a").Select(a => a.GetAttribute("href")));
    }
}
