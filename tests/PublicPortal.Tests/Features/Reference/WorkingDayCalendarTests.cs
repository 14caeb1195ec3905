using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Tests.Features.Reference;

/// <summary>
/// A fixture calendar shaped like a Spring Festival schedule, in a year no real notice covers: holidays Monday 4 to
/// Friday 8 February 2030 and Monday 11 February, worked on Sunday 3 February and Saturday 16 February (调休).
/// </summary>
public class WorkingDayCalendarTests
{
    private static DateOnly Feb(int day) => new(2030, 2, day);

    private static readonly WorkingDayCalendar Calendar = new(
    [
        .. new[] { 4, 5, 6, 7, 8, 11 }.Select(d => new CalendarDay { Date = Feb(d), Kind = CalendarDayKind.Holiday, Name = "春节" }),
        new CalendarDay { Date = Feb(3), Kind = CalendarDayKind.MakeUpWorkday, Name = "春节调休" },
        new CalendarDay { Date = Feb(16), Kind = CalendarDayKind.MakeUpWorkday, Name = "春节调休" },
    ]);

    private static readonly WorkingDayCalendar WeekdaysOnly = new([]);

    [Fact]
    public void Fixture_HasTheIntendedWeekdays()
    {
        Assert.Equal(DayOfWeek.Sunday, Feb(3).DayOfWeek);
        Assert.Equal(DayOfWeek.Monday, Feb(4).DayOfWeek);
        Assert.Equal(DayOfWeek.Saturday, Feb(16).DayOfWeek);
    }

    [Theory]
    [InlineData(1, true)]    // Friday before the holiday
    [InlineData(2, false)]   // ordinary Saturday
    [InlineData(3, true)]    // make-up Sunday
    [InlineData(6, false)]   // Wednesday in the holiday
    [InlineData(9, false)]   // ordinary Saturday inside the break
    [InlineData(11, false)]  // holiday Monday
    [InlineData(12, true)]   // first day back
    [InlineData(16, true)]   // make-up Saturday
    [InlineData(17, false)]  // ordinary Sunday
    public void IsWorkingDay_FollowsTheScheduleNotTheWeekday(int day, bool expected) =>
        Assert.Equal(expected, Calendar.IsWorkingDay(Feb(day)));

    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(1, 1, 3)]    // Friday + 1 → the make-up Sunday
    [InlineData(1, 2, 12)]   // then over the holiday week, the weekend and the holiday Monday
    [InlineData(1, 5, 15)]
    [InlineData(1, 6, 16)]   // the make-up Saturday counts
    [InlineData(1, 7, 18)]
    [InlineData(3, 1, 12)]
    [InlineData(15, 1, 16)]
    public void AddWorkingDays_SkipsHolidaysAndCountsMakeUpDays(int start, int days, int expected) =>
        Assert.Equal(Feb(expected), Calendar.AddWorkingDays(Feb(start), days));

    [Fact]
    public void AddWorkingDays_DiffersFromCountingWeekdays()
    {
        // 5 working days from Friday 1 February: 8 February by weekdays, 15 February by the schedule.
        Assert.Equal(Feb(8), WeekdaysOnly.AddWorkingDays(Feb(1), 5));
        Assert.Equal(Feb(15), Calendar.AddWorkingDays(Feb(1), 5));
    }

    [Fact]
    public void AddWorkingDays_RejectsNegative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Feb(1), -1));

    [Fact]
    public void WorkingDaysBetween_CountsAcrossTheHoliday()
    {
        // After 1 Feb up to and including 18 Feb: 3, 12, 13, 14, 15, 16, 18.
        Assert.Equal(7, Calendar.WorkingDaysBetween(Feb(1), Feb(18)));
        Assert.Equal(11, WeekdaysOnly.WorkingDaysBetween(Feb(1), Feb(18)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(Feb(4), Feb(11)));   // after 4 Feb: only holidays and a weekend
        Assert.Equal(1, Calendar.WorkingDaysBetween(Feb(2), Feb(11)));   // after 2 Feb: the make-up Sunday counts
        Assert.Equal(0, Calendar.WorkingDaysBetween(Feb(18), Feb(1)));   // reversed range
    }

    [Fact]
    public void WorkingDaysBetween_IsTheInverseOfAddWorkingDays()
    {
        for (var start = 1; start <= 20; start++)
            for (var n = 0; n <= 15; n++)
                Assert.Equal(n, Calendar.WorkingDaysBetween(Feb(start), Calendar.AddWorkingDays(Feb(start), n)));
    }
}
