using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;
using static PublicPortal.IntegrationTests.Infrastructure.Crew;

namespace PublicPortal.IntegrationTests.Features.Tips.Handling;

/// <summary>The portal on a clock the test moves, over the 2026 National Day holiday of content/reference/calendar.yaml.</summary>
public class HolidayClockFactory : PortalFactory
{
    protected override DateTimeOffset ClockStart => new(2026, 9, 30, 10, 0, 0, TimeSpan.FromHours(8));
}

/// <summary>
/// Time limits count working days from the calendar. 2026: 10-01, 10-02, 10-05…10-07 are holidays, 10-03/10-04 a
/// weekend, 10-10 (a Saturday) a make-up working day. By hand: dispatched Wed 09-30 → sign by Thu 10-08 (first working
/// day after), close by 10-27 (15 working days: 10-08, 09, 10, 12…16, 19…23, 26, 27).
/// </summary>
public class DueDateTests(HolidayClockFactory factory) : IClassFixture<HolidayClockFactory>
{
    [Fact]
    public async Task Deadlines_SkipTheHoliday_AndCountTheMakeUpSaturday()
    {
        await EnsureAsync(factory);
        factory.Clock.SetChinaDate(new DateOnly(2026, 9, 30));
        var tip = await TipSeed.FileAsync(factory);
        var assignment = (await TipSeed.LoadAsync(factory, tip.Id)).Assignments.Single();
        Assert.Equal(new DateOnly(2026, 10, 8), assignment.SignDueOn);
        Assert.Equal(new DateOnly(2026, 10, 27), assignment.CloseDueOn);

        // Signed on 10-08: on time. Transferred on Friday 10-09: the target must sign by Saturday 10-10 (a working day)
        // and close by 10-29 (10-10, 12…16, 19…23, 26…29).
        factory.Clock.SetChinaDate(new DateOnly(2026, 10, 8));
        await DoAsync(factory, Officer, w => w.SignAsync(tip.Id, default));
        Assert.Contains((await TipSeed.LoadAsync(factory, tip.Id)).Events,
            e => e.Kind == TipEventKind.Signed && e.InternalNote == "按时签收");
        factory.Clock.SetChinaDate(new DateOnly(2026, 10, 9));
        var city = await DepartmentIdAsync(factory, "440300-yjglj");
        await DoAsync(factory, Officer, w => w.TransferAsync(tip.Id, city, "市级监管企业。", default));
        var moved = (await TipSeed.LoadAsync(factory, tip.Id)).Assignments.Single(a => a.IsActive);
        Assert.Equal(new DateOnly(2026, 10, 10), moved.SignDueOn);
        Assert.Equal(new DateOnly(2026, 10, 29), moved.CloseDueOn);

        // Friday 10-09: the sign deadline is one working day away, so the queue marks it 即将到期.
        var queue = await AsAsync(factory, CityOfficer, async s => await s.GetRequiredService<StaffQueue>().LoadAsync(
            await s.GetRequiredService<TipAccess>().ActorAsync(default),
            new StaffQueue.Filter(null, null, null, false, false, 1), default));
        var row = queue.Rows.Single(r => r.TipId == tip.Id);
        Assert.Equal((true, false, new DateOnly(2026, 10, 10)), (row.DueSoon, row.Overdue, row.DueOn));

        // Monday 10-12, unsigned: overdue; a late signature is recorded as such.
        factory.Clock.SetChinaDate(new DateOnly(2026, 10, 12));
        queue = await AsAsync(factory, CityOfficer, async s => await s.GetRequiredService<StaffQueue>().LoadAsync(
            await s.GetRequiredService<TipAccess>().ActorAsync(default),
            new StaffQueue.Filter(null, null, null, true, false, 1), default));
        Assert.True(queue.Rows.Single(r => r.TipId == tip.Id).Overdue);
        await DoAsync(factory, CityOfficer, w => w.SignAsync(tip.Id, default));
        Assert.Contains((await TipSeed.LoadAsync(factory, tip.Id)).Events,
            e => e.Kind == TipEventKind.Signed && e.InternalNote == "超时签收（时限 2026-10-10）");
    }

    [Fact]
    public async Task Extension_IsLimitedInWorkingDays_AndRefusedAfterTheDeadline()
    {
        await EnsureAsync(factory);
        factory.Clock.SetChinaDate(new DateOnly(2026, 9, 30));
        var tip = await TipSeed.FileAsync(factory);
        await DoAsync(factory, Officer, w => w.SignAsync(tip.Id, default));
        // Close by 10-27; at most 15 working days more: 10-28 … 11-17.
        var tooLate = await StepAsync(factory, Officer,
            w => w.RequestExtensionAsync(tip.Id, new DateOnly(2026, 11, 18), "检测周期长。", default));
        Assert.Equal("新的办结时限应晚于 2026-10-27，且不晚于 2026-11-17。", tooLate.Error);
        factory.Clock.SetChinaDate(new DateOnly(2026, 10, 28));
        var afterDeadline = await StepAsync(factory, Officer,
            w => w.RequestExtensionAsync(tip.Id, new DateOnly(2026, 11, 10), "检测周期长。", default));
        Assert.Equal("已超过办结时限（2026-10-27），不能再申请延期。", afterDeadline.Error);
        factory.Clock.SetChinaDate(new DateOnly(2026, 10, 27));
        await DoAsync(factory, Officer, w => w.RequestExtensionAsync(tip.Id, new DateOnly(2026, 11, 17), "检测周期长。", default));
    }
}
