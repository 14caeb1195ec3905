using Microsoft.Extensions.Time.Testing;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>Moves a test's <see cref="FakeTimeProvider"/> to a moment in China, the way the tests think about days.</summary>
public static class TestClock
{
    /// <summary>The instant of a China wall-clock reading (10:00 unless given): midnight, New Year and 调休 days included.</summary>
    public static DateTimeOffset AtChina(DateOnly date, TimeOnly? time = null) =>
        new(date.ToDateTime(time ?? new TimeOnly(10, 0)), ChinaTime.Offset);

    public static void SetChinaDate(this FakeTimeProvider clock, DateOnly date, TimeOnly? time = null) =>
        clock.AdjustTime(AtChina(date, time)); // AdjustTime may go back, unlike SetUtcNow: tests revisit days
}
