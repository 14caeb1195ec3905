using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.IntegrationTests.Features.Clock;

/// <summary>
/// Next year's 调休 schedule: from 1 November (in China) the administrator is warned until it is loaded, it can be loaded
/// from a CSV file (all or nothing, errors by line), and once loaded, deadlines in that year follow it and lose 暂定.
/// The reference calendar has 2025 and 2026 only; the 2027 days below are a test fixture, not the real schedule.
/// </summary>
public class CalendarYearTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task NextYearsCalendar_IsAskedForFromNovember_LoadedFromCsv_AndThenDeadlinesFollowIt()
    {
        factory.Clock.SetChinaDate(new DateOnly(2026, 10, 31), new TimeOnly(23, 50));
        var admin = await AdminSession.SignInAdminAsync(factory); // after moving the clock: a session lasts 8 hours
        Assert.Null((await admin.GetPageAsync("/staff")).QuerySelector("#calendar-warning"));

        factory.Clock.SetChinaDate(new DateOnly(2026, 11, 1), new TimeOnly(0, 10)); // still 31 October in UTC
        var warning = (await admin.GetPageAsync("/staff")).QuerySelector("#calendar-warning");
        Assert.NotNull(warning);
        Assert.Contains("2027 年的节假日安排（调休）尚未录入", warning.TextContent);
        Assert.Equal("/staff/admin/calendar?year=2027", warning.QuerySelector("a")!.GetAttribute("href"));

        // A file with mistakes is refused whole, each mistake named by its line.
        var refused = await UploadAsync(admin, "日期,类型,名称\n2027-01-01,休,元旦\n2027-01-02,休,元旦\n2027-13-01,休\n2027-02-06,上班\n");
        var errors = refused.QuerySelector("#import-errors")!.TextContent;
        Assert.Contains("第 3 行：2027-01-02 是星期六", errors);
        Assert.Contains("第 4 行：“2027-13-01”不是日期", errors);
        Assert.Contains("第 5 行：第二列应为“休”或“班”", errors);
        Assert.Equal(0, await factory.WithDbAsync(db => db.CalendarDays.CountAsync(d => d.Date.Year == 2027)));

        var loaded = await UploadAsync(admin, "\uFEFF2027-01-01,休,元旦（测试）\n2027-01-04,休,元旦（测试）\n2027-01-09,班,元旦调休（测试）\n");
        Assert.Contains("已导入 2027 年的节假日安排：新增 3 天", loaded.MainText());
        Assert.Equal(3, await factory.WithDbAsync(db => db.CalendarDays.CountAsync(d => d.Date.Year == 2027)));
        Assert.Null((await admin.GetPageAsync("/staff")).QuerySelector("#calendar-warning"));

        // Loading the same file again adds nothing and says so.
        var again = await UploadAsync(admin, "2027-01-01,休,元旦（测试）\n");
        Assert.Contains("新增 0 天，已有 1 天", again.MainText());

        // A tip-off filed on 1 January 2027 now counts by the loaded days: 4 January off, Saturday 9 January worked.
        factory.Clock.SetChinaDate(new DateOnly(2027, 1, 1), new TimeOnly(9, 0));
        await Crew.EnsureAsync(factory);
        var filed = await TipSeed.FileAsync(factory);
        var assignment = (await TipSeed.LoadAsync(factory, filed.Id)).Assignments.Single();
        Assert.Equal(new DateOnly(2027, 1, 5), assignment.SignDueOn);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        Assert.DoesNotContain("暂定", (await officer.GetPageAsync($"/staff/tips/{filed.Id}")).QuerySelector("#tip-close-due")!.TextContent);
    }

    [Fact]
    public void AYearWithoutItsSchedule_CountsMondayToFriday_AndIsProvisional()
    {
        var calendar = new WorkingDayCalendar(
            [new CalendarDay { Date = new(2026, 10, 10), Kind = CalendarDayKind.MakeUpWorkday, Name = "国庆节调休" }]);
        Assert.False(calendar.IsProvisional(new DateOnly(2026, 12, 31)));
        Assert.True(calendar.IsProvisional(new DateOnly(2027, 1, 1)));
        Assert.Equal(new DateOnly(2027, 1, 4), calendar.AddWorkingDays(new DateOnly(2027, 1, 1), 1));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));
    }

    private static async Task<IHtmlDocument> UploadAsync(HttpClient admin, string csv)
    {
        var page = await admin.GetPageAsync("/staff/admin/calendar?year=2027");
        var form = (IHtmlFormElement)page.QuerySelector("form#import-calendar")!;
        var response = await admin.SendWithFilesAsync(form, [], new Upload("2027.csv", Encoding.UTF8.GetBytes(csv), "text/csv"));
        return await HtmlHelpers.GetDocumentAsync(response);
    }
}
