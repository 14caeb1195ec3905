namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// The one place where the portal turns instants into China Standard Time and back. Instants are stored in UTC
/// (<see cref="DateTime"/> of kind Utc); everything a person reads — dates, deadlines, "today", receipts, statistics
/// months — is in China Standard Time (Asia/Shanghai: UTC+8 all year, no daylight saving since 1991, so a fixed offset
/// is exact and needs no time-zone database on the server). "Now" always comes from the injected
/// <see cref="TimeProvider"/>, never from <c>DateTime.UtcNow</c>, so tests can stop or move the clock.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The current instant, in UTC, as stored in the database.</summary>
    public static DateTime UtcNow(this TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    /// <summary>The current instant as a China Standard Time wall clock (offset +08:00).</summary>
    public static DateTimeOffset NowInChina(this TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    /// <summary>Today's date in China: the date the public and the departments live by.</summary>
    public static DateOnly TodayInChina(this TimeProvider clock) => DateOnly.FromDateTime(clock.NowInChina().DateTime);

    /// <summary>The China wall-clock time of a stored UTC instant (kind Unspecified: it is a local reading).</summary>
    public static DateTime ToChina(DateTime utc) =>
        DateTime.SpecifyKind(DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset), DateTimeKind.Unspecified);

    /// <summary>A stored UTC instant with its China offset, e.g. for ISO 8601 output ending in +08:00.</summary>
    public static DateTimeOffset ToChinaOffset(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);

    /// <summary>The date in China of a stored UTC instant.</summary>
    public static DateOnly DateInChina(DateTime utc) => DateOnly.FromDateTime(ToChina(utc));

    /// <summary>The UTC instant of a China wall-clock time (e.g. a time typed into a form).</summary>
    public static DateTime ToUtc(DateTime chinaWallClock) =>
        DateTime.SpecifyKind(DateTime.SpecifyKind(chinaWallClock, DateTimeKind.Unspecified).Subtract(Offset), DateTimeKind.Utc);

    /// <summary>The UTC instant at which a China date begins (00:00 China = 16:00 UTC the day before).</summary>
    public static DateTime StartOfDayUtc(DateOnly chinaDate) => ToUtc(chinaDate.ToDateTime(TimeOnly.MinValue));

    /// <summary>[start, end) in UTC covering the China dates <paramref name="from"/> through <paramref name="to"/> inclusive.</summary>
    public static (DateTime Start, DateTime End) UtcRange(DateOnly from, DateOnly to) =>
        (StartOfDayUtc(from), StartOfDayUtc(to.AddDays(1)));

    /// <summary>A stored UTC instant formatted in China time, e.g. <c>yyyy-MM-dd HH:mm</c>.</summary>
    public static string Format(DateTime utc, string format = "yyyy-MM-dd HH:mm") =>
        ToChina(utc).ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The China date of a stored UTC instant as shown on pages and in ISO attributes: <c>2026-06-10</c>.</summary>
    public static string ToChinaDateText(this DateTime utc) => Format(utc, "yyyy-MM-dd");

    /// <summary>The China date and minute of a stored UTC instant: <c>2026-06-10 09:30</c>.</summary>
    public static string ToChinaTimeText(this DateTime utc) => Format(utc, "yyyy-MM-dd HH:mm");
}
