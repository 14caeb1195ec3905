using Microsoft.Extensions.DependencyInjection;
using PublicPortal.Web.Features.Stats;
using static PublicPortal.IntegrationTests.Features.Stats.StatsFixture;

namespace PublicPortal.IntegrationTests.Features.Stats;

/// <summary>The monthly figures of the hand-built March 2031 (see <see cref="StatsFixture"/> for how each is reached).</summary>
public class TipStatisticsTests(StatsFixture fixture) : IClassFixture<StatsFixture>
{
    private static readonly StatsMonth March = new(2031, 3);

    private async Task<MonthReport> ReportAsync(StatsMonth month, IReadOnlyCollection<int>? departments = null, bool includeIdle = false)
    {
        using var scope = fixture.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TipStatistics>().ForMonthAsync(month, departments, includeIdle, default);
    }

    private Task<int> IdAsync(string code) => fixture.WithDbAsync(db => Builders.TipData.DepartmentAsync(db, code));

    [Fact]
    public async Task ForMonth_CountsReceivedSigningClosingOverdueAndExtensions_ByChinaDateAndWorkingDays()
    {
        var report = await ReportAsync(March);
        var emergency = await IdAsync(Emergency);
        var a = report.Rows.Single(r => r.DepartmentId == emergency);
        Assert.Equal("深圳市应急管理局", a.Department);
        Assert.Equal((7, 2, 4, 3, 3, 1), (a.Received, a.SignedOnTime, a.Closed, a.ClosedOnTime, a.Overdue, a.Extensions));
        Assert.Equal(7.5, a.MedianWorkingDays);
        Assert.Equal((3, 2, 1), (a.Rated, a.Satisfied, a.Dissatisfied));
        Assert.Equal("66.7%", StatsFormat.Percent(a.SatisfactionRate));
        Assert.Equal("33.3%", StatsFormat.Percent(a.DissatisfactionRate));

        var b = report.Rows.Single(r => r.Department == "深圳市生态环境局");
        Assert.Equal((2, 2, 2, 2, 0, 0), (b.Received, b.SignedOnTime, b.Closed, b.ClosedOnTime, b.Overdue, b.Extensions));
        Assert.Equal(5, b.MedianWorkingDays);
        Assert.Equal((1, 0, 1), (b.Rated, b.Satisfied, b.Dissatisfied)); // B2's rating at 00:30 on 1 April (China) is April's
        Assert.Equal("0.0%", StatsFormat.Percent(b.SatisfactionRate));
        Assert.Equal("100.0%", StatsFormat.Percent(b.DissatisfactionRate));

        var zhanjiang = report.Rows.Single(r => r.Department == "湛江市应急管理局");
        Assert.Equal((1, 0, 0, 0), (zhanjiang.Received, zhanjiang.Closed, zhanjiang.Overdue, zhanjiang.Rated));
        Assert.Null(zhanjiang.MedianWorkingDays);
        Assert.Equal("—", StatsFormat.Percent(zhanjiang.SatisfactionRate));
        Assert.Equal("—", StatsFormat.Days(zhanjiang.MedianWorkingDays));

        Assert.Equal(4, report.Rows.Count);
        var total = report.Total;
        Assert.Equal((11, 5, 7, 6, 3, 1),
            (total.Received, total.SignedOnTime, total.Closed, total.ClosedOnTime, total.Overdue, total.Extensions));
        Assert.Equal(6, total.MedianWorkingDays); // of 1, 1, 2, 6, 9, 9, 12
        Assert.Equal((4, 2, 2), (total.Rated, total.Satisfied, total.Dissatisfied));
    }

    [Fact]
    public async Task ForMonth_TrendsDissatisfactionOverTwelveMonths_WithDashWhereNothingWasRated()
    {
        var report = await ReportAsync(March);
        Assert.Equal(12, report.Trend.Count);
        Assert.Equal(new StatsMonth(2030, 4), report.Trend[0].Month);
        Assert.Equal((4, 2), (report.Trend[^1].Rated, report.Trend[^1].Dissatisfied));
        Assert.Equal("50.0%", StatsFormat.Percent(report.Trend[^1].DissatisfactionRate));
        Assert.Equal("100.0%", StatsFormat.Percent(report.Trend[^2].DissatisfactionRate));
        Assert.Equal("—", StatsFormat.Percent(report.Trend[0].DissatisfactionRate));
        Assert.False(report.IsPartial);
        Assert.Equal(new DateOnly(2031, 3, 31), report.AsOf);
    }

    [Fact]
    public async Task ForMonth_ScopedToOneDepartment_ReportsOnlyThatDepartment_EvenWhenIdle()
    {
        var futian = await IdAsync(Futian);
        var idle = await IdAsync("440305-yjglj");
        var report = await ReportAsync(March, [futian, idle], includeIdle: true);
        Assert.Equal(new HashSet<string> { "深圳市福田区应急管理局", "深圳市南山区应急管理局" }, report.Rows.Select(r => r.Department).ToHashSet());
        var row = report.Rows.Single(r => r.DepartmentId == futian);
        Assert.Equal((1, 1, 1, 1, 0), (row.Received, row.SignedOnTime, row.Closed, row.ClosedOnTime, row.Overdue));
        Assert.Equal(1, row.MedianWorkingDays);
        Assert.True(report.Rows.Single(r => r.DepartmentId == idle).IsEmpty);
    }

    [Fact]
    public async Task ForMonth_WithNothingInIt_IsEmpty()
    {
        var report = await ReportAsync(new StatsMonth(2030, 6));
        Assert.True(report.IsEmpty);
        Assert.Empty(report.Rows);
    }
}
