using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Features.Clock;

/// <summary>
/// The portal lives by China time whatever the server's clock says: at the instants where UTC and China disagree about
/// the date (China midnight, New Year's Eve in UTC) and on a 调休 weekend, a tip-off gets China's date in its number,
/// receipt and deadlines. Each test moves the portal's clock (a FakeTimeProvider) to its instant first.
/// </summary>
public class ChinaClockTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AtChinaMidnight_TheDateIsTomorrowsInChina_NotTodaysInUtc()
    {
        factory.Clock.AdjustTime(new DateTimeOffset(2026, 12, 3, 17, 30, 0, TimeSpan.Zero)); // Friday 4 December, 01:30 in China
        var (filed, staffPage, citizenPage) = await FileAndReadAsync();

        Assert.StartsWith("JB20261204", filed.TrackingNumber);
        Assert.Contains("2026-12-04 01:30", citizenPage.MainText());
        var assignment = (await TipSeed.LoadAsync(factory, filed.Id)).Assignments.Single();
        Assert.Equal(new DateOnly(2026, 12, 7), assignment.SignDueOn); // the next working day after Friday: Monday
        Assert.DoesNotContain("暂定", staffPage.QuerySelector("#tip-close-due")!.TextContent);
    }

    [Fact]
    public async Task OnNewYearsEveInUtc_ItIsAlreadyNewYearInChina_AndTheNewYearsDeadlinesAreProvisional()
    {
        factory.Clock.AdjustTime(new DateTimeOffset(2026, 12, 31, 16, 10, 0, TimeSpan.Zero)); // 1 January 2027, 00:10 in China
        var (filed, staffPage, citizenPage) = await FileAndReadAsync();

        Assert.StartsWith("JB20270101", filed.TrackingNumber);
        Assert.Contains("2027-01-01 00:10", staffPage.MainText());
        // The reference calendar has no 2027 schedule: Monday–Friday, and every page says the deadline is provisional.
        var assignment = (await TipSeed.LoadAsync(factory, filed.Id)).Assignments.Single();
        Assert.Equal((new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 22)), (assignment.SignDueOn, assignment.CloseDueOn));
        Assert.Contains("2027年1月22日（暂定：2027年节假日安排尚未录入", staffPage.QuerySelector("#tip-close-due")!.TextContent);
        Assert.Contains("暂定", citizenPage.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task TheDayBeforeAMakeUpSaturday_SigningIsDueOnThatSaturday()
    {
        // Friday 9 October 2026, 00:30 in China (still Thursday the 8th in UTC); 10 October is a 国庆节调休 working Saturday.
        factory.Clock.AdjustTime(new DateTimeOffset(2026, 10, 8, 16, 30, 0, TimeSpan.Zero));
        var (filed, _, _) = await FileAndReadAsync();

        Assert.StartsWith("JB20261009", filed.TrackingNumber);
        var assignment = (await TipSeed.LoadAsync(factory, filed.Id)).Assignments.Single();
        Assert.Equal(new DateOnly(2026, 10, 10), assignment.SignDueOn);
    }

    [Fact]
    public async Task OnTheMakeUpSaturdayItself_ItIsAWorkingDay_AndTheQueueCountsFromIt()
    {
        factory.Clock.SetChinaDate(new DateOnly(2026, 10, 10), new TimeOnly(9, 0));
        var (filed, staffPage, _) = await FileAndReadAsync();

        var assignment = (await TipSeed.LoadAsync(factory, filed.Id)).Assignments.Single();
        Assert.Equal(new DateOnly(2026, 10, 12), assignment.SignDueOn);
        // 15 working days after Saturday the 10th: 12–16, 19–23, 26–30 October.
        Assert.Equal(new DateOnly(2026, 10, 30), assignment.CloseDueOn);
        Assert.Contains("2026年10月30日", staffPage.QuerySelector("#tip-close-due")!.TextContent);
    }

    private async Task<(TipSeed.Filed Filed, AngleSharp.Html.Dom.IHtmlDocument StaffPage, AngleSharp.Html.Dom.IHtmlDocument CitizenPage)>
        FileAndReadAsync()
    {
        await Crew.EnsureAsync(factory);
        var filed = await TipSeed.FileAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var staffPage = await officer.GetPageAsync($"/staff/tips/{filed.Id}");
        var citizenPage = await TipForms.LookUpAsync(factory.CreateClient(), new TipForms.Receipt(filed.TrackingNumber, filed.QueryCode));
        return (filed, staffPage, citizenPage);
    }
}
