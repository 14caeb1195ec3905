using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Stats;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>
/// The monthly tip-off handling figures of 运行情况通报, per department, for the last twelve months. Aggregated counts
/// only, from <see cref="TipStatistics"/> (the same numbers as /stats): never a tip-off, its content or its tipster.
/// </summary>
public sealed class TipStatisticsDataset(TipStatistics statistics, CalendarProvider calendars) : Dataset
{
    public const int Months = 12;

    private static readonly IReadOnlyList<Column<(StatsMonth Month, DepartmentMonth Row)>> Columns =
    [
        new(new("month", FieldType.String, "月份（YYYY-MM，北京时间）", "2026-10"), r => $"{r.Month.Year:D4}-{r.Month.Month:D2}"),
        new(new("department", FieldType.String, "承办部门", "深圳市应急管理局"), r => r.Row.Department),
        new(new("received", FieldType.Integer, "受理（当月派至该部门）件数", "12"), r => r.Row.Received),
        new(new("signed_on_time", FieldType.Integer, "按时签收件数", "11"), r => r.Row.SignedOnTime),
        new(new("closed", FieldType.Integer, "办结件数", "9"), r => r.Row.Closed),
        new(new("closed_on_time", FieldType.Integer, "按期办结件数", "8"), r => r.Row.ClosedOnTime),
        new(new("overdue", FieldType.Integer, "超期件数", "1"), r => r.Row.Overdue),
        new(new("extensions", FieldType.Integer, "批准延期件数", "2"), r => r.Row.Extensions),
        new(new("median_working_days", FieldType.Number, "办理时长中位数（工作日）", "6.5"), r => r.Row.MedianWorkingDays),
        new(new("rated", FieldType.Integer, "回访评价件数", "7"), r => r.Row.Rated),
        new(new("satisfied", FieldType.Integer, "满意和基本满意件数", "6"), r => r.Row.Satisfied),
        new(new("dissatisfied", FieldType.Integer, "不满意件数", "1"), r => r.Row.Dissatisfied),
    ];

    public override string Slug => "tip-statistics";
    public override string Title => "举报办理运行情况统计";
    public override string Description => $"最近{Months}个月各承办部门的受理、签收、办结、超期、延期和满意度汇总数字（仅汇总数，不含任何举报内容或个人信息）。";
    public override string Frequency => "每月（当月数字随办理进展更新）";
    public override string ListPath => "/stats";
    public override string FrequencyTerm => "monthly";
    public override IReadOnlyList<string> PrimaryKey => ["month", "department"];
    public override IReadOnlyList<DataField> Fields { get; } = Columns.Select(c => c.Field).ToList();

    public override async Task<DatasetSelection> SelectAsync(IQueryCollection query, int? year, CancellationToken ct)
    {
        var rows = new List<object?[]>();
        var month = StatsMonth.FromDate(calendars.Today);
        for (var m = StatsMonth.FromDate(month.FirstDay.AddMonths(-(Months - 1))); m <= month; m = m.Next)
        {
            var report = await statistics.ForMonthAsync(m, departments: null, includeIdle: false, ct);
            rows.AddRange(report.Rows.Where(r => !r.IsEmpty).Select(r => Columns.Select(c => c.Value((m, r))).ToArray()));
        }
        return DatasetSelection.InMemory(Fields, rows, lastModified: null);
    }
}
