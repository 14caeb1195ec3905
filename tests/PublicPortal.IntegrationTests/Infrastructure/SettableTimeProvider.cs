namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>A clock the test moves by hand, for deadlines that run across days.</summary>
public sealed class SettableTimeProvider(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Ten in the morning in China on <paramref name="chinaDate"/>.</summary>
    public void SetChinaDate(DateOnly chinaDate) => Now = new DateTimeOffset(chinaDate.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
}
