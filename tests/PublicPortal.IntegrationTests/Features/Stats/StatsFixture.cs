using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Infrastructure;
using static PublicPortal.IntegrationTests.Builders.TipData;

namespace PublicPortal.IntegrationTests.Features.Stats;

/// <summary>
/// A hand-built March 2031, read on 15 April 2031 (China time), with a fixture calendar: 5 and 6 March (Wed, Thu) are
/// holidays. Expected figures are worked out in the comments; the tests compare against them.
/// </summary>
public class StatsFixture : PortalFactory, IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2031, 4, 15, 10, 0, 0, TimeSpan.FromHours(8));
    public const string Emergency = "440300-yjglj", Ecology = "440300-sthjj", Futian = "440304-yjglj", Zhanjiang = "440800-yjglj";
    public const string DescriptionCanary = "夜里偷偷开炉描述文字";

    /// <summary>Every tracking number and enterprise name in the data: none may appear on a public page.</summary>
    public List<string> TrackingNumbers { get; } = [];
    public List<string> EnterpriseNames { get; } = [];

    protected override DateTimeOffset ClockStart => Now;

    public async Task InitializeAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PublicPortal.Web.Data.PortalDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        await UseCalendarAsync(db, scope.ServiceProvider.GetRequiredService<IMemoryCache>(),
            new CalendarDay { Date = new(2031, 3, 5), Kind = CalendarDayKind.Holiday, Name = "测试假日" },
            new CalendarDay { Date = new(2031, 3, 6), Kind = CalendarDayKind.Holiday, Name = "测试假日" });
        var a = await DepartmentAsync(db, Emergency);
        var b = await DepartmentAsync(db, Ecology);
        var futian = await DepartmentAsync(db, Futian);
        var zhanjiang = await DepartmentAsync(db, Zhanjiang);
        var serial = 0;
        async Task<Tip> Tip(Action<Tip>? configure, params TipAssignment[] assignments)
        {
            serial++;
            var number = $"JB20310301{serial:D8}";
            var enterprise = $"统计测试{serial}号钢铁有限公司";
            TrackingNumbers.Add(number);
            EnterpriseNames.Add(enterprise);
            return await TipAsync(db, number, enterprise, protector.Protect(DescriptionCanary + serial), configure, assignments);
        }
        DateOnly D(int month, int day) => new(2031, month, day);

        // 深圳市应急管理局 (A) — March: 受理 7 (A1–A4, A6, A7 and the assist share of B1), 按时签收 2 (A1, A3),
        // 办结 4 (A1, A2, A3, B1-assist), 按期 3, 超期 3 (A4 and A5 open past due at month end, A2 closed late), 延期 1 (A3),
        // 时长 2, 6, 12, 9 working days → median 7.5; rated (as lead) A1 满意, A2 不满意, A3 基本满意 → 66.7% / 33.3%.
        // A1: dispatched Tue 4 March, sign due Fri 7 (the holidays skipped), signed 23:30 on the 7th China time (15:30 UTC):
        // on time. Closed Mon 10 March: 2 working days (7, 10).
        await Tip(Closed(China(2031, 3, 10, 16), Satisfaction.Satisfied, China(2031, 3, 11)),
            Assignment(a, China(2031, 3, 4), D(3, 7), D(3, 12), signedAt: China(2031, 3, 7, 23, 30)));
        // A2: dispatched Fri 7 March, sign due Mon 10, signed 00:30 on the 11th China time — still the 10th in UTC: late.
        // Close due Fri 14, closed Mon 17: late, 6 working days.
        await Tip(Closed(China(2031, 3, 17), Satisfaction.Dissatisfied, China(2031, 3, 18)),
            Assignment(a, China(2031, 3, 7, 9), D(3, 10), D(3, 14), signedAt: China(2031, 3, 11, 0, 30)));
        // A3: extension approved on 19 March moves the close deadline from 20 to 28 March; closed on the 27th: on time, 12 days.
        var a3 = await Tip(Closed(China(2031, 3, 27), Satisfaction.BasicallySatisfied, China(2031, 3, 28)),
            Assignment(a, China(2031, 3, 11, 9), D(3, 12), D(3, 28), signedAt: China(2031, 3, 11, 15)));
        db.ExtensionRequests.Add(new ExtensionRequest
        {
            TipId = a3.Id, DepartmentId = a, RequestedById = 1, RequestedAt = China(2031, 3, 18), Reason = "需补充检测",
            RequestedDueOn = D(3, 28), State = ExtensionState.Approved, DecidedById = 1, DecidedAt = China(2031, 3, 19),
        });
        // A4: dispatched 20 March, never signed, due 28 March, still open: overdue at month end. Its extension was refused.
        var a4 = await Tip(null, Assignment(a, China(2031, 3, 20), D(3, 21), D(3, 28)));
        db.ExtensionRequests.Add(new ExtensionRequest
        {
            TipId = a4.Id, DepartmentId = a, RequestedById = 1, RequestedAt = China(2031, 3, 26), Reason = "人手不足",
            RequestedDueOn = D(4, 10), State = ExtensionState.Rejected, DecidedById = 1, DecidedAt = China(2031, 3, 27),
        });
        // A5: dispatched in February, due 13 March, still open: overdue at the end of March (not received in March).
        await Tip(null, Assignment(a, China(2031, 2, 20), D(2, 21), D(3, 13), signedAt: China(2031, 2, 20, 15)));
        // A6: dispatched 25 March, due 15 April: open but not overdue at the end of March.
        await Tip(null, Assignment(a, China(2031, 3, 25), D(3, 26), D(4, 15)));
        // A7: dispatched 3 March and returned (退单) the next day: received, never overdue.
        await Tip(tip =>
        {
            var returned = tip.Assignments[0];
            returned.State = AssignmentState.Returned;
            returned.IsActive = false;
            returned.EndedAt = China(2031, 3, 4);
        }, Assignment(a, China(2031, 3, 3), D(3, 4), D(3, 12)));

        // 深圳市生态环境局 (B) — March: 受理 2, 按时签收 2, 办结 2, 按期 2, 超期 0, 延期 0, 时长 9 and 1 → median 5;
        // rated 1 (B1 不满意) → 0.0% / 100.0%. B2's rating came at 00:30 on 1 April China time (still 31 March in UTC): April.
        // B1 leads, A assists (signed late on the 12th); closed Fri 21 March: 9 working days for both.
        await Tip(Closed(China(2031, 3, 21), Satisfaction.Dissatisfied, China(2031, 3, 22)),
            Assignment(b, China(2031, 3, 10, 9), D(3, 11), D(3, 24), signedAt: China(2031, 3, 10, 11)),
            Assignment(a, China(2031, 3, 10, 9), D(3, 11), D(3, 24), signedAt: China(2031, 3, 12, 9), role: ResponsibilityRole.Assist));
        await Tip(Closed(China(2031, 3, 4), Satisfaction.Dissatisfied, China(2031, 4, 1, 0, 30)),
            Assignment(b, China(2031, 3, 3), D(3, 4), D(3, 20), signedAt: China(2031, 3, 3, 11)));

        // 深圳市福田区应急管理局 (a district below Shenzhen): received 1, closed the next day, not rated.
        await Tip(Closed(China(2031, 3, 14)), Assignment(futian, China(2031, 3, 13), D(3, 14), D(3, 31), signedAt: China(2031, 3, 13, 11)));
        // 湛江市应急管理局 (another city): received 1, open, not due.
        await Tip(null, Assignment(zhanjiang, China(2031, 3, 12), D(3, 13), D(4, 30)));

        // February: one rating (不满意) for A, for the trend: February 100.0%, March 2 of 4 → 50.0%.
        await Tip(Closed(China(2031, 2, 20), Satisfaction.Dissatisfied, China(2031, 2, 25)),
            Assignment(a, China(2031, 2, 3), D(2, 4), D(2, 24), signedAt: China(2031, 2, 3, 11)));
        await db.SaveChangesAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
