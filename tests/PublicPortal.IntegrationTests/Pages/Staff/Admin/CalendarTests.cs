using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.IntegrationTests.Pages.Staff.Admin;

/// <summary>Uses 2031, a year the seeded calendar does not cover: 2031-03-06 is a Thursday, 03-07 a Friday, 03-08 a Saturday.</summary>
public class CalendarTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<DateOnly> OneWorkingDayAfterAsync(DateOnly date)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<CalendarProvider>().GetAsync()).AddWorkingDays(date, 1);
    }

    [Fact]
    public async Task AddingAHoliday_MovesTheNextDueDate_AndRemovingItMovesItBack()
    {
        var thursday = new DateOnly(2031, 4, 10);
        Assert.Equal(DayOfWeek.Thursday, thursday.DayOfWeek);
        Assert.Equal(thursday.AddDays(1), await OneWorkingDayAfterAsync(thursday)); // also fills the cache
        var admin = await AdminSession.SignInAdminAsync(factory);
        var page = await admin.SubmitAsync("/staff/admin/calendar?year=2031", "form#add-day",
            new() { ["Input.Date"] = "2031-04-11", ["Input.Kind"] = "Holiday", ["Input.Name"] = "测试假日" });
        Assert.Equal(["2031-04-11", "星期五", "节假日", "测试假日"], page.QuerySelector("tr[data-date='2031-04-11']")!.Texts("td").Take(4));
        Assert.Equal(new DateOnly(2031, 4, 14), await OneWorkingDayAfterAsync(thursday));

        page = await admin.SubmitAsync(page, "tr[data-date='2031-04-11'] form.remove");
        Assert.Null(page.QuerySelector("tr[data-date='2031-04-11']"));
        Assert.Equal(thursday.AddDays(1), await OneWorkingDayAfterAsync(thursday));
        Assert.Equal(["工作日历：增加节假日 2031-04-11（星期五）测试假日", "工作日历：删除节假日 2031-04-11（星期五）测试假日"],
            (await factory.AdminChangesAsync("CalendarDay:2031-04-11")).Select(a => a.Detail));
    }

    [Fact]
    public async Task AddingAMakeUpWorkday_OnASaturday_MakesItAWorkingDay()
    {
        var admin = await AdminSession.SignInAdminAsync(factory);
        await admin.SubmitAsync("/staff/admin/calendar?year=2031", "form#add-day",
            new() { ["Input.Date"] = "2031-03-08", ["Input.Kind"] = "MakeUpWorkday", ["Input.Name"] = "测试调休" });
        Assert.Equal(new DateOnly(2031, 3, 8), await OneWorkingDayAfterAsync(new DateOnly(2031, 3, 7)));
        Assert.Single(await factory.AdminChangesAsync("CalendarDay:2031-03-08"));
    }

    [Fact]
    public async Task HolidayOnAWeekend_AndMakeUpDayOnAWeekday_AreRejectedWithClearMessages()
    {
        var admin = await AdminSession.SignInAdminAsync(factory);
        var page = await admin.SubmitAsync("/staff/admin/calendar?year=2031", "form#add-day",
            new() { ["Input.Date"] = "2031-05-10", ["Input.Kind"] = "Holiday", ["Input.Name"] = "周末假日" });
        Assert.Equal("2031-05-10 是星期六，本来就不上班，无须登记为节假日；节假日只登记落在周一至周五的日子。", page.FieldError("Input.Date"));
        Assert.Equal("周末假日", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_Name")!).Value);

        page = await admin.SubmitAsync(page, "form#add-day", new() { ["Input.Date"] = "2031-05-12", ["Input.Kind"] = "MakeUpWorkday" });
        Assert.Equal("2031-05-12 是星期一，本来就要上班；调休上班日只能是周六或周日。", page.FieldError("Input.Date"));

        page = await admin.SubmitAsync(page, "form#add-day", new() { ["Input.Date"] = "", ["Input.Name"] = "" });
        Assert.Equal("请填写日期，格式如 2026-10-08", page.FieldError("Input.Date"));
        Assert.Equal("请填写名称，例如 国庆节", page.FieldError("Input.Name"));
        Assert.False(await factory.WithDbAsync(db => db.CalendarDays.AnyAsync(d => d.Date.Year == 2031 && d.Date.Month == 5)));
    }

    [Fact]
    public async Task Year_ListsTheSeededHolidaysAndMakeUpDays()
    {
        var admin = await AdminSession.SignInAdminAsync(factory);
        var page = await admin.GetPageAsync("/staff/admin/calendar?year=2026");
        Assert.Equal(["2026-10-10", "星期六", "调休上班日", "国庆节调休"], page.QuerySelector("tr[data-date='2026-10-10']")!.Texts("td").Take(4));
        Assert.Equal(["2026-01-01", "星期四", "节假日", "元旦"], page.QuerySelector("tr[data-date='2026-01-01']")!.Texts("td").Take(4));
    }
}
