using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>
/// Replays sample tip-offs through the real services (<see cref="TipIntake"/>, <see cref="TipWorkflow"/>,
/// <see cref="TipFollowUp"/>) as the sample staff accounts, on a clock set to each step's moment in the past. So the
/// sample items carry everything a real one has: routing, deadlines from the working-day calendar, timeline events,
/// audit lines, encrypted description, messages and files. A refused step is a bug in the script (or a rule changed),
/// and stops the seeding loudly rather than leaving a half-told story.
/// </summary>
internal sealed class SampleTipReplay(IServiceProvider services, PortalDbContext db, WorkingDayCalendar calendar, DateTime nowUtc)
{
    private readonly ReplayClock _clock = new(nowUtc);
    private readonly Dictionary<string, ClaimsPrincipal> _principals = [];

    public DateOnly Today { get; } = ChinaTime.DateInChina(nowUtc);

    /// <summary>The working day <paramref name="n"/> working days before today.</summary>
    public DateOnly Back(int n)
    {
        var date = Today;
        for (var counted = 0; counted < n;)
        {
            date = date.AddDays(-1);
            if (calendar.IsWorkingDay(date)) counted++;
        }
        return date;
    }

    /// <summary>The first working day on or before <paramref name="date"/>.</summary>
    public DateOnly WorkingOnOrBefore(DateOnly date)
    {
        while (!calendar.IsWorkingDay(date)) date = date.AddDays(-1);
        return date;
    }

    public DateOnly Forward(DateOnly date, int n) => calendar.AddWorkingDays(date, n);

    /// <summary>Sets the clock to a China wall-clock time, never later than a minute before the real now.</summary>
    public void At(DateOnly date, int hour, int minute = 0)
    {
        var utc = ChinaTime.ToUtc(date.ToDateTime(new TimeOnly(hour, minute)));
        _clock.Now = utc < nowUtc.AddMinutes(-1) ? utc : nowUtc.AddMinutes(-1);
    }

    public void AtUtc(DateTime utc) => _clock.Now = utc;

    /// <summary>The China date the replay clock shows.</summary>
    public DateOnly ClockDate => ChinaTime.DateInChina(_clock.Now);

    public async Task LoadAccountsAsync(CancellationToken ct)
    {
        var factory = services.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>();
        var emails = DevelopmentStaff.Accounts.Select(a => a.Email.ToUpperInvariant()).ToList();
        foreach (var user in await db.Users.Where(u => emails.Contains(u.NormalizedEmail!)).ToListAsync(ct))
            _principals[user.Email!] = await factory.CreateAsync(user);
    }

    public bool HasAccounts => DevelopmentStaff.Accounts.All(a => a.Department is null || _principals.ContainsKey(a.Email));

    public async Task<Tip> SubmitAsync(string key, TipSubmission tip, CancellationToken ct)
    {
        var intake = ActivatorUtilities.CreateInstance<TipIntake>(services, Calendars(), _clock);
        var (filed, errors) = await intake.SubmitAsync("sample-tip-" + key, SampleTipSeeder.QueryCode, tip, ct);
        return filed ?? throw new InvalidOperationException(
            $"Sample tip-off {key} breaks the intake rules: " + string.Join("; ", errors.Select(e => $"{e.Field} {e.Message}")));
    }

    /// <summary>The workflow as one of the sample accounts (by e-mail), at the replay clock's moment.</summary>
    public TipWorkflow As(string email)
    {
        var staff = new CurrentStaff(new FixedHttpContext(new DefaultHttpContext { User = _principals[email] }), db);
        var calendars = Calendars();
        var access = ActivatorUtilities.CreateInstance<TipAccess>(services, staff, calendars);
        var audit = ActivatorUtilities.CreateInstance<AuditLog>(services, staff, (TimeProvider)_clock);
        return ActivatorUtilities.CreateInstance<TipWorkflow>(services, access, audit, Citizen(), calendars, (TimeProvider)_clock);
    }

    /// <summary>The citizen's side (messages, rating), at the replay clock's moment.</summary>
    public TipFollowUp Citizen() => ActivatorUtilities.CreateInstance<TipFollowUp>(services, (TimeProvider)_clock);

    private CalendarProvider Calendars() => ActivatorUtilities.CreateInstance<CalendarProvider>(services, (TimeProvider)_clock);

    public static void Check(WorkflowResult result, string step)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"示例举报数据无法生成：{step}：{result.Error ?? "未找到"}");
    }

    private sealed class ReplayClock(DateTime now) : TimeProvider
    {
        public DateTime Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(Now, DateTimeKind.Utc));
    }

    /// <summary>A request context of its own: the shared accessor's async-local would leak the sample user elsewhere.</summary>
    private sealed class FixedHttpContext(HttpContext context) : IHttpContextAccessor
    {
        public HttpContext? HttpContext { get => context; set { } }
    }
}
