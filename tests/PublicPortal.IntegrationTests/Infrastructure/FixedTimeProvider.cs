namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>A clock stopped at one instant, swapped in for <see cref="TimeProvider.System"/> so "today" is known.</summary>
public sealed class FixedTimeProvider(DateTimeOffset utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => utcNow;

    /// <summary>Half past midnight in China on <paramref name="chinaDate"/>: still the day before in UTC.</summary>
    public static FixedTimeProvider AtChinaDate(DateOnly chinaDate) =>
        new(new DateTimeOffset(chinaDate.ToDateTime(new TimeOnly(0, 30)), TimeSpan.FromHours(8)));
}
