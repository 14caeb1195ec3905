namespace PublicPortal.Web.Features.Registers;

/// <summary>"Today" as the public reads it: the date in China Standard Time (UTC+8, no daylight saving).</summary>
public static class ChinaTime
{
    public static DateOnly TodayInChina(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8));
}
