using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PublicPortal.Web.Data;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Reference;

/// <summary>The working-day calendar from the database (administrators maintain it), cached for a few minutes.</summary>
public class CalendarProvider(PortalDbContext db, IMemoryCache cache, TimeProvider clock)
{
    public Task<WorkingDayCalendar> GetAsync(CancellationToken ct = default) =>
        cache.GetOrCreateAsync(ReferenceCache.CalendarKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return new WorkingDayCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
        })!;

    /// <summary>Today in China Standard Time.</summary>
    public DateOnly Today => clock.TodayInChina();
}
