using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Staff;
using Xunit.Abstractions;
using static PublicPortal.IntegrationTests.Pages.Staff.Imports.ImportPages;

namespace PublicPortal.IntegrationTests.Pages.Staff.Imports;

public class ImportTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("phase-out-good.csv")]
    [InlineData("phase-out-good-gbk.csv")]
    [InlineData("phase-out-good.xlsx")]
    public async Task GoodFile_ValidatesClean_AndImportsEveryRowAsDraftsOfTheDepartment(string fixture)
    {
        var (app, client) = await ImportFactory.StartAsync();
        using var _ = app;
        var (id, report) = await ValidateAsync(client, fixture, Fixture(fixture));
        Assert.Equal("3", report.QuerySelector("#valid-rows")!.TextContent);
        Assert.Equal("0", report.QuerySelector("#invalid-rows")!.TextContent);
        Assert.Empty(ReportLines(report));
        Assert.Equal("导入全部 3 行", report.QuerySelector("form#import button")!.TextContent.Trim());

        var done = await ImportAsync(client, id, report);
        Assert.Equal("3", done.QuerySelector("#imported-rows")!.TextContent);
        await app.WithDbAsync(async db =>
        {
            var department = await db.Departments.SingleAsync(d => d.Code == ImportFactory.Department);
            var entries = await db.PhaseOutEntries.IgnoreQueryFilters()
                .Include(e => e.Enterprise).Include(e => e.Jurisdiction).Include(e => e.Industry)
                .OrderBy(e => e.Enterprise.CreditCode).ToListAsync();
            Assert.Equal(3, entries.Count);
            Assert.All(entries, e =>
            {
                Assert.Equal(PublicationState.Draft, e.State);
                Assert.Equal(id, e.ImportBatchId);
                Assert.Equal(department.Id, e.DepartmentId);
                Assert.Equal(2024, e.Year);
            });
            var first = entries[0];
            Assert.Equal(("91440800000000001B", "湛江市遂溪示例钢铁有限公司", "遂溪县"),
                (first.Enterprise.CreditCode, first.Enterprise.Name, first.Jurisdiction.Name));
            Assert.Equal(("1×450立方米高炉", 45.0, "万吨/年", PhaseOutMeasure.Dismantled),
                (first.Equipment, first.Capacity, first.CapacityUnit, first.Measure));
            Assert.Equal((new DateOnly(2024, 6, 30), PhaseOutStatus.Completed, "钢铁"),
                (first.CompletedOn!.Value, first.Status, first.Industry!.Name));
            Assert.Equal(PhaseOutMeasure.ClosedDown, entries[2].Measure);
            Assert.Equal("福田区", entries[2].Jurisdiction.Name);
            Assert.Equal(0, await db.PhaseOutEntries.CountAsync()); // drafts stay out of the public lists
            var batch = await db.ImportBatches.SingleAsync(b => b.Id == id);
            Assert.Equal(Fixture(fixture), batch.FileData);
            Assert.Single(await db.AuditEntries
                .Where(a => a.Action == AuditActions.RegisterImport && a.Subject == $"ImportBatch:{id}").ToListAsync());
        });

        // 提交审核 of the batch's drafts.
        var submitted = await PostAsync(client, done, "submit-drafts");
        Assert.Contains("已提交审核 3 条。", submitted.QuerySelector("main")!.TextContent);
        Assert.Equal(3, await app.WithDbAsync(db => db.PhaseOutEntries.IgnoreQueryFilters()
            .CountAsync(e => e.State == PublicationState.Submitted && e.SubmittedAt != null && e.SubmittedById != null)));
    }

    [Fact]
    public async Task BadCsv_ReportsEveryProblemRowByRow_InChinese_AndImportsOnlyTheValidRow()
    {
        var (app, client) = await ImportFactory.StartAsync();
        using var _ = app;
        var (id, report) = await ValidateAsync(client, "phase-out-bad.csv", Fixture("phase-out-bad.csv"));
        Assert.Equal("1", report.QuerySelector("#valid-rows")!.TextContent);
        Assert.Equal("5", report.QuerySelector("#invalid-rows")!.TextContent);
        Assert.Equal(
        [
            (3, "统一社会信用代码", "统一社会信用代码“91440800000000004M”校验位不正确"),
            (4, "所在地", "未知的县（市、区）：火星县"),
            (5, "产能", "「产能」应为数字，“三十”不是有效数字"),
            (6, "完成退出日期", "「完成退出日期」1899-01-01 超出有效范围（1990-01-01 至 2100-12-31）"),
            (7, "—", "与第 2 行重复（同一统一社会信用代码、主体设备和年度）"),
        ], ReportLines(report));
        Assert.Equal(5, await app.WithDbAsync(db => db.ImportRowErrors.CountAsync(e => e.ImportBatchId == id)));

        Assert.Equal("只导入有效的 1 行", report.QuerySelector("form#import button")!.TextContent.Trim());
        await ImportAsync(client, id, report);
        var stored = await app.WithDbAsync(db => db.PhaseOutEntries.IgnoreQueryFilters()
            .Select(e => new { e.Enterprise.CreditCode, e.State, e.ImportBatchId }).ToListAsync());
        Assert.Equal("91440800000000001B", Assert.Single(stored).CreditCode);
        Assert.Equal(PublicationState.Draft, stored[0].State);
        Assert.True(await app.WithDbAsync(async db => (await db.ImportBatches.SingleAsync(b => b.Id == id)).ValidRowsOnly));
    }

    [Fact]
    public async Task XlsxWithTwoBadRows_ThenTheFixedFile_ImportsAll_AndAThirdUploadFindsDuplicatesOfExistingEntries()
    {
        var (app, client) = await ImportFactory.StartAsync();
        using var _ = app;
        var (_, report) = await ValidateAsync(client, "phase-out-two-bad-rows.xlsx", Fixture("phase-out-two-bad-rows.xlsx"));
        Assert.Equal(
        [
            (4, "退出方式", "「退出方式」“炸毁”不是可选值，应为：拆除、封存、断水断电、拆除动力装置、关停取缔"),
            (6, "主体设备（生产线）", "「主体设备（生产线）」为必填项，不能为空"),
        ], ReportLines(report));
        await PostAsync(client, report, "cancel");

        var (fixedId, fixedReport) = await ValidateAsync(client, "phase-out-fixed.xlsx", Fixture("phase-out-fixed.xlsx"));
        Assert.Empty(ReportLines(fixedReport));
        await ImportAsync(client, fixedId, fixedReport);
        Assert.Equal(5, await app.WithDbAsync(db => db.PhaseOutEntries.IgnoreQueryFilters().CountAsync(e => e.ImportBatchId == fixedId)));

        var (_, again) = await ValidateAsync(client, "phase-out-fixed.xlsx", Fixture("phase-out-fixed.xlsx"));
        var lines = ReportLines(again);
        Assert.Equal([2, 3, 4, 5, 6], lines.Select(l => l.Row));
        Assert.All(lines, l => Assert.Equal("与已有条目重复（同一统一社会信用代码、主体设备和年度）", l.Message));
        Assert.Null(again.QuerySelector("form#import"));
    }

    [Fact]
    public async Task Mapping_IsRememberedForTheDepartment_OnTheSecondUpload()
    {
        var (app, client) = await ImportFactory.StartAsync();
        using var _ = app;
        var csv = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Fixture("phase-out-good.csv")).Replace("主体设备（生产线）", "设备名称"));
        var mapping = await UploadAsync(client, "自有格式.csv", csv);
        Assert.Equal("", Select(mapping, 4));          // 设备名称 matches no field name
        Assert.Equal("CreditCode", Select(mapping, 0));   // 统一社会信用代码 does
        var refused = await ConfirmMappingAsync(client, mapping);
        Assert.Contains("必填字段「主体设备（生产线）」没有对应的列。", refused.QuerySelector("form#mapping")!.TextContent);

        var id = BatchId(mapping);
        await ConfirmMappingAsync(client, refused, new() { ["Columns[4]"] = "Equipment" });
        var report = await WaitForReportAsync(client, id);
        Assert.Equal("3", report.QuerySelector("#valid-rows")!.TextContent);

        var second = await UploadAsync(client, "自有格式-第二批.csv", csv);
        Assert.Equal("Equipment", Select(second, 4));
        Assert.Equal("CreditCode", Select(second, 0));
    }

    [Fact]
    public async Task AFailureHalfwayThroughTheImport_StoresNothing_AndTheBatchSaysWhy()
    {
        var (app, client) = await ImportFactory.StartAsync(a => a.Extra["Imports:ChunkSize"] = "1");
        using var _ = app;
        var before = await app.WithDbAsync(async db =>
            (await db.PhaseOutEntries.IgnoreQueryFilters().CountAsync(), await db.Enterprises.CountAsync()));
        var (id, report) = await ValidateAsync(client, "phase-out-good.csv", Fixture("phase-out-good.csv"));
        app.Hooks.Fail = true; // after the first entry has been written inside the transaction
        var failed = await ImportAsync(client, id, report);
        Assert.Equal("失败", failed.QuerySelector("#batch-status")!.TextContent);
        Assert.Equal("导入失败，没有保存任何数据：写入数据库时出错（InvalidOperationException）。", failed.QuerySelector("#batch-error")!.TextContent);
        var after = await app.WithDbAsync(async db =>
            (await db.PhaseOutEntries.IgnoreQueryFilters().CountAsync(), await db.Enterprises.CountAsync()));
        Assert.Equal(before, after);
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.RegisterImport)));
    }

    [Fact]
    public async Task AnotherDepartmentsBatch_Answers404_AndIsNotListed()
    {
        var (app, client) = await ImportFactory.StartAsync();
        using var _ = app;
        var (id, report) = await ValidateAsync(client, "phase-out-good.csv", Fixture("phase-out-good.csv"));
        await StaffLogin.CreateAsync(app, ImportFactory.OtherOfficer, StaffRoles.Officer, ImportFactory.OtherDepartment);
        var other = await StaffLogin.SignInAsync(app, ImportFactory.OtherOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/staff/imports/batch?id={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/staff/imports/mapping?id={id}")).StatusCode);
        var token = (await other.GetPageAsync("/staff/imports"))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var handler in new[] { "Import", "Cancel", "Submit" })
        {
            var response = await other.PostAsync($"/staff/imports/batch?id={id}&handler={handler}",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.Null((await other.GetPageAsync("/staff/imports")).QuerySelector("#batches"));
        Assert.Equal("已校验", (await client.GetPageAsync($"/staff/imports/batch?id={id}")).QuerySelector("#batch-status")!.TextContent);
    }

    [Fact]
    public async Task TooLargeAFile_IsRefused_WithAClearMessage()
    {
        var (app, client) = await ImportFactory.StartAsync(a => a.Extra["Imports:MaxFileBytes"] = "100");

        using var _ = app;
        var page = await UploadAsync(client, "phase-out-good.csv", Fixture("phase-out-good.csv"));
        Assert.Equal("文件太大（0 MB），最大 0 MB。请拆分成几个文件分批导入。", page.QuerySelector("[data-valmsg-for='Input.File']")!.TextContent.Trim());
        Assert.Equal(0, await app.WithDbAsync(db => db.ImportBatches.CountAsync()));
    }

    [Fact]
    public async Task FiftyThousandRows_AreValidatedAndImportedInTheBackground_WithVisibleProgress()
    {
        const int count = 50_000;
        var (app, client) = await ImportFactory.StartAsync();
        using var _ = app;
        var csv = new StringBuilder("统一社会信用代码,企业名称,所在地,行业,主体设备（生产线）,产能,产能单位,退出方式,年度,完成退出日期\r\n");
        for (var i = 0; i < count; i++)
        {
            var body = $"9144080{i % 5000 + 1:D10}";
            csv.Append(CultureInfo.InvariantCulture,
                    $"{body}{CreditCode.CheckCharacter(body)},测试企业{i % 5000 + 1},{(i % 2 == 0 ? "遂溪县" : "福田区")},")
                .Append(CultureInfo.InvariantCulture, $"钢铁,生产线{i},{i % 90 + 1},万吨/年,拆除,2024,2024-06-30\r\n");
        }
        var data = Encoding.UTF8.GetBytes(csv.ToString());
        var clock = Stopwatch.StartNew();
        var mapping = await UploadAsync(client, "五万行.csv", data);
        var id = BatchId(mapping);
        var seen = new List<string>();
        await ConfirmMappingAsync(client, mapping);
        var report = await WaitForAsync(client, id, TimeSpan.FromMinutes(3), seen, "已校验", "失败");
        var validated = clock.Elapsed;
        Assert.Equal("50,000", report.QuerySelector("#valid-rows")!.TextContent);
        clock.Restart();
        var done = await ImportAsync(client, id, report, TimeSpan.FromMinutes(5), seen);
        var imported = clock.Elapsed;
        Assert.Equal("已导入", done.QuerySelector("#batch-status")!.TextContent);
        Assert.Equal(count, await app.WithDbAsync(db => db.PhaseOutEntries.IgnoreQueryFilters().CountAsync(e => e.ImportBatchId == id)));
        Assert.Equal(5000, await app.WithDbAsync(db => db.Enterprises.CountAsync()));
        output.WriteLine(
            $"{app.Provider}: validated 50,000 rows in {validated.TotalSeconds:0.0} s, imported in {imported.TotalSeconds:0.0} s");
        foreach (var line in seen.Distinct()) output.WriteLine(line);
        Assert.Contains(seen, s => s.Contains(" / 50,000 行") && s.EndsWith("[Refresh: 2]", StringComparison.Ordinal));
    }

    private static string Select(AngleSharp.Html.Dom.IHtmlDocument page, int column) =>
        ((AngleSharp.Html.Dom.IHtmlSelectElement)page.QuerySelector($"select[name='Columns[{column}]']")!).Value ?? "";
}
