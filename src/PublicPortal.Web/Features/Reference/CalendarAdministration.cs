using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Reference;

/// <summary>
/// 工作日历: the exceptions to the Monday–Friday week that administrators enter each year from the State Council's
/// holiday notice. Only real exceptions are accepted: a holiday on a weekday, a make-up working day on a weekend.
/// </summary>
public class CalendarAdministration(PortalDbContext db, AuditLog audit, ReferenceCache cache)
{
    public async Task<IReadOnlyList<CalendarDay>> ListAsync(int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<AdminError>> AddAsync(DateOnly date, CalendarDayKind kind, string name, CancellationToken ct = default)
    {
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == CalendarDayKind.Holiday && weekend)
            return [new("Date", $"{date:yyyy-MM-dd} 是{Weekday(date)}，本来就不上班，无须登记为节假日；节假日只登记落在周一至周五的日子。")];
        if (kind == CalendarDayKind.MakeUpWorkday && !weekend)
            return [new("Date", $"{date:yyyy-MM-dd} 是{Weekday(date)}，本来就要上班；调休上班日只能是周六或周日。")];
        if (await db.CalendarDays.AsNoTracking().SingleOrDefaultAsync(d => d.Date == date, ct) is { } existing)
            return [new("Date", $"{date:yyyy-MM-dd} 已登记为{existing.Kind.Name()}（{existing.Name}），如需更改请先删除。")];
        db.CalendarDays.Add(new CalendarDay { Date = date, Kind = kind, Name = name.Trim() });
        audit.Record(AuditActions.AdminChange, $"CalendarDay:{date:yyyy-MM-dd}",
            $"工作日历：增加{kind.Name()} {date:yyyy-MM-dd}（{Weekday(date)}）{name.Trim()}");
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return [];
    }

    /// <summary>False when the date is not in the calendar.</summary>
    public async Task<bool> RemoveAsync(DateOnly date, CancellationToken ct = default)
    {
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date, ct);
        if (day is null) return false;
        db.CalendarDays.Remove(day);
        audit.Record(AuditActions.AdminChange, $"CalendarDay:{date:yyyy-MM-dd}",
            $"工作日历：删除{day.Kind.Name()} {date:yyyy-MM-dd}（{Weekday(date)}）{day.Name}");
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return true;
    }

    public static string Weekday(DateOnly date) => "星期" + "日一二三四五六"[(int)date.DayOfWeek];
}
