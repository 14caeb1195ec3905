using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Tips;

namespace PublicPortal.IntegrationTests.Features.Tips;

/// <summary>Routing by category × place with the seeded table (content/reference/departments.yaml).</summary>
public class TipRouterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(TipCategory.Safety, "440300", "深圳市应急管理局:Lead")]                              // city level
    [InlineData(TipCategory.Energy, "440800", "湛江市发展和改革局:Lead|湛江市工业和信息化局:Assist")]      // lead + assist
    [InlineData(TipCategory.Energy, "440803", "湛江市发展和改革局:Lead|湛江市工业和信息化局:Assist")]      // 霞山区: no district rules, the city's
    [InlineData(TipCategory.Safety, "440304", "深圳市福田区应急管理局:Lead")]                         // district department
    [InlineData(TipCategory.Quality, "440304", "深圳市市场监督管理局:Lead")]                         // no district rule → the city's
    [InlineData(TipCategory.Restarted, "440304", "深圳市福田区工业和信息化局:Lead")]                  // restarted = technology
    [InlineData(TipCategory.DiTiaoGang, "440300", "深圳市工业和信息化局:Lead|深圳市市场监督管理局:Assist")]
    [InlineData(TipCategory.Other, "440304", "深圳市淘汰落后产能工作协调小组办公室:Lead")]              // 其他 → the city's office
    [InlineData(TipCategory.Other, "440300", "深圳市淘汰落后产能工作协调小组办公室:Lead")]
    [InlineData(TipCategory.DiTiaoGang, "440700", "江门市淘汰落后产能工作协调小组办公室:Lead")]          // no 地条钢 rule in 江门
    [InlineData(TipCategory.DiTiaoGang, "440705", "江门市淘汰落后产能工作协调小组办公室:Lead")]          // nor in 新会区
    public async Task RouteAsync_SendsTheTipToTheDepartmentsOfTheTable(TipCategory category, string placeCode, string expected)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PublicPortal.Web.Data.PortalDbContext>();
        var place = await db.Jurisdictions.SingleAsync(j => j.Code == placeCode);

        var routes = await scope.ServiceProvider.GetRequiredService<TipRouter>().RouteAsync(category, place.Id);

        Assert.Equal(expected, string.Join("|", routes.Select(r => $"{r.DepartmentName}:{r.Role}")));
    }

    [Fact]
    public async Task Post_Submit_SendsAnOtherTipToTheCoordinationOffice_ThroughTheForm()
    {
        var client = factory.CreateClient();
        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(client, v => v["Input.Category"] = "Other"));

        var page = await TipForms.LookUpAsync(client, receipt);
        Assert.Equal("已受理", page.QuerySelector("#tip-status")!.TextContent.Trim()); // waits for the office to dispatch by hand
        Assert.Contains(page.Texts("ol.timeline li"), t => t.Contains("已转深圳市淘汰落后产能工作协调小组办公室统筹派单"));
        var assignment = await factory.WithDbAsync(db => db.TipAssignments.Include(a => a.Department)
            .SingleAsync(a => a.TipId == db.Tips.Single(t => t.TrackingNumber == receipt.TrackingNumber).Id));
        Assert.Equal((DepartmentKind.CoordinationOffice, ResponsibilityRole.Lead), (assignment.Department.Kind, assignment.Role));
    }
}

/// <summary>The portal on 2026-09-30 (China time), the day before the 国庆 holidays.</summary>
public class EveOfNationalDayFactory : PortalFactory
{
    protected override DateTimeOffset ClockStart => TestClock.AtChina(new DateOnly(2026, 9, 30));
}

/// <summary>Time limits count working days by the calendar: 10-01…10-07 off (with the weekend), 10-10 (a Saturday) worked.</summary>
public class TipDueDateTests(EveOfNationalDayFactory factory) : IClassFixture<EveOfNationalDayFactory>
{
    [Fact]
    public async Task Post_Submit_SetsSignAndCloseDueDates_ByWorkingDaysAcrossTheHolidays()
    {
        var client = factory.CreateClient();
        var page = await TipForms.SubmitValidAsync(client, v => (v["Input.Category"], v["Input.Place"]) = ("Energy", "440800"));
        var receipt = TipForms.ReadReceipt(page);

        Assert.Contains("2026年10月27日 前", page.QuerySelector(".receipt")!.NormalizedText());
        var tip = await factory.WithDbAsync(db => db.Tips.AsNoTracking().Include(t => t.Assignments)
            .SingleAsync(t => t.TrackingNumber == receipt.TrackingNumber));
        Assert.Equal(new DateOnly(2026, 10, 27), tip.CloseDueOn); // 15 working days: 10-08, 10-09, 10-10 (make-up Saturday), 10-12 … 10-27
        Assert.Equal(2, tip.Assignments.Count);
        Assert.All(tip.Assignments, a =>
        {
            Assert.Equal(new DateOnly(2026, 10, 8), a.SignDueOn); // 1 working day: the first after the holidays
            Assert.Equal(new DateOnly(2026, 10, 27), a.CloseDueOn);
        });
        Assert.InRange(tip.SubmittedAt,
            new DateTime(2026, 9, 30, 2, 0, 0, DateTimeKind.Utc), new DateTime(2026, 9, 30, 2, 0, 1, DateTimeKind.Utc));
        var notes = await factory.WithDbAsync(db => db.TipEvents.Where(e => e.TipId == tip.Id).Select(e => e.PublicNote).ToListAsync());
        Assert.Contains("已派送至湛江市发展和改革局（主办）、湛江市工业和信息化局（协办）办理。", notes);
    }

    [Fact]
    public async Task Post_Submit_GivesDiTiaoGangTenWorkingDays()
    {
        var client = factory.CreateClient();
        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(client,
            v => (v["Input.Category"], v["Input.Place"]) = ("DiTiaoGang", "440300")));

        var tip = await factory.WithDbAsync(db => db.Tips.AsNoTracking()
            .SingleAsync(t => t.TrackingNumber == receipt.TrackingNumber));
        Assert.Equal(new DateOnly(2026, 10, 20), tip.CloseDueOn);
    }
}
