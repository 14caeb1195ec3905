using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Publishing;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>
/// Every published version of every annual list (年度名单), row by row. A version never changes once published, so
/// /data/annual-lists/{code}/{year}/v{n} is a permanent download; latest follows the newest version.
/// </summary>
public sealed class AnnualListDataset(PortalDbContext db) : Dataset
{
    public sealed record Row(string JurisdictionCode, string Jurisdiction, int Year, int Version, DateTime PublishedAt, long RowId,
        int PhaseOutEntryId, string EnterpriseName, string CreditCode, string Place, string? Industry, string Equipment, double Capacity,
        string CapacityUnit, string Measure, DateOnly? CompletedOn, DateOnly? AcceptedOn, string Department, bool IsSample);

    private static readonly IReadOnlyList<Column<Row>> Columns =
    [
        Column<Row>.Text("jurisdiction_code", "名单所属地区代码（行政区划代码）", "440300", r => r.JurisdictionCode),
        Column<Row>.Text("jurisdiction", "名单所属地区", "深圳市", r => r.Jurisdiction),
        Column<Row>.Int("year", "年度", "2023", r => r.Year),
        Column<Row>.Int("version", "版本号（更正时发布新版本）", "1", r => r.Version),
        Column<Row>.Time("published_at", "该版本发布时间", "2024-01-05T10:00:00+08:00", r => r.PublishedAt),
        Column<Row>.Int("phase_out_entry_id", "对应年度退出名单数据集的条目编号", "128", r => r.PhaseOutEntryId),
        Column<Row>.Text("enterprise_name", "企业名称", "某某钢铁有限公司", r => r.EnterpriseName),
        Column<Row>.Text("credit_code", "统一社会信用代码", "91440300MA5F000007", r => r.CreditCode),
        Column<Row>.Text("place", "所在地", "深圳市福田区", r => r.Place),
        Column<Row>.Text("industry", "行业", "钢铁", r => r.Industry),
        Column<Row>.Text("equipment", "主体设备（生产线）", "450立方米炼铁高炉", r => r.Equipment),
        Column<Row>.Number("capacity", "产能（数值）", "55", r => r.Capacity),
        Column<Row>.Text("capacity_unit", "产能单位", "万吨/年", r => r.CapacityUnit),
        Column<Row>.Text("measure", "退出方式", "拆除", r => r.Measure),
        Column<Row>.Date("completed_on", "完成退出日期", "2023-05-20", r => r.CompletedOn),
        Column<Row>.Date("accepted_on", "验收日期", "2023-08-01", r => r.AcceptedOn),
        Column<Row>.Text("department", "责任部门", "深圳市工业和信息化局", r => r.Department),
        Column<Row>.Bool("is_sample", "是否为示例数据（虚构，仅供演示）", "false", r => r.IsSample),
    ];

    public override string Slug => "annual-lists";
    public override string Title => "年度落后产能退出企业名单（正式发布版本）";
    public override string Description => "协调小组办公室汇总发布的年度名单，每个发布版本（含更正版本）的全部行；各版本永久可下载，并提供版本间差异。";
    public override string Frequency => "每年汇总发布，更正时发布新版本";
    public override string ListPath => "/lists/annual";
    public override bool HasYears => true;
    public override string FrequencyTerm => "annual";
    public override IReadOnlyList<string> PrimaryKey => ["jurisdiction_code", "year", "version", "phase_out_entry_id"];
    public override IReadOnlyList<DataField> Fields { get; } = Columns.Select(c => c.Field).ToList();

    public override Task<DatasetSelection> SelectAsync(IQueryCollection query, int? year, CancellationToken ct) =>
        Task.FromResult(Select(null, year, null));

    /// <summary>Rows of one jurisdiction's list (all versions, or one), or of every list when <paramref name="code"/> is null.</summary>
    public DatasetSelection Select(string? code, int? year, int? version)
    {
        var lists = db.AnnualLists.AsNoTracking().AsQueryable();
        if (year is { } y) lists = lists.Where(l => l.Year == y);
        if (version is { } v) lists = lists.Where(l => l.Version == v);
        if (code is not null) lists = lists.Where(l => db.Jurisdictions.Any(j => j.Id == l.JurisdictionId && j.Code == code));
        var rows = from r in db.AnnualListRows.AsNoTracking()
                   join l in lists on r.AnnualListId equals l.Id
                   join j in db.Jurisdictions on l.JurisdictionId equals j.Id
                   join e in db.PhaseOutEntries.IgnoreQueryFilters() on r.PhaseOutEntryId equals e.Id into entries
                   from e in entries.DefaultIfEmpty()
                   orderby l.Id, r.Id
                   select new Row(j.Code, j.Name, l.Year, l.Version, l.PublishedAt, r.Id, r.PhaseOutEntryId, r.EnterpriseName, r.CreditCode,
                       r.Place, r.Industry, r.Equipment, r.Capacity, r.CapacityUnit, r.Measure, r.CompletedOn, r.AcceptedOn, r.Department,
                       e != null && e.IsSample);
        return DatasetSelection.Of(Fields,
            async ct =>
            {
                var count = await db.AnnualListRows.CountAsync(r => lists.Any(l => l.Id == r.AnnualListId), ct);
                var latest = await lists.OrderByDescending(l => l.Id).Select(l => new { l.Id, l.PublishedAt }).FirstOrDefaultAsync(ct);
                return new DatasetVersion(count, latest?.PublishedAt, Fingerprint.Of(count, latest?.Id));
            },
            ct => rows.AsAsyncEnumerable().Select(r => Columns.Select(c => c.Value(r)).ToArray()));
    }

    public override async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct) =>
        await db.AnnualLists.AsNoTracking().Select(l => l.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    public static readonly IReadOnlyList<DataField> DiffFields =
    [
        new("from_version", FieldType.Integer, "原版本号", "1"),
        new("to_version", FieldType.Integer, "新版本号", "2"),
        new("change", FieldType.String, "变更类型代码：added 新增、removed 移除、changed 修改", "changed"),
        new("change_name", FieldType.String, "变更类型", "修改"),
        new("phase_out_entry_id", FieldType.Integer, "对应年度退出名单数据集的条目编号", "128"),
        new("enterprise_name", FieldType.String, "企业名称", "某某钢铁有限公司"),
        new("credit_code", FieldType.String, "统一社会信用代码", "91440300MA5F000007"),
        new("details", FieldType.String, "修改内容（字段：原值 → 新值）", "产能：55 万吨/年 → 50 万吨/年"),
    ];

    /// <summary>Version-to-version differences of one list, each consecutive pair, from <see cref="AnnualListDiff"/>.
    /// Null when the list does not exist. Versions are small (one year of one place), so they are compared in memory.</summary>
    public async Task<DatasetSelection?> DiffsAsync(string code, int year, CancellationToken ct)
    {
        var found = await db.FindYearAsync(code, year, ct);
        if (found is null) return null;
        var rows = new List<object?[]>();
        IReadOnlyList<AnnualListRow>? previous = null;
        var from = 0;
        foreach (var version in found.Versions)
        {
            var current = await db.RowsAsync(code, year, version.Version, ct);
            if (previous is not null)
            {
                var diff = AnnualListDiff.Between(previous, current);
                rows.AddRange(diff.Added.Select(r => Diff(from, version.Version, "added", "新增", r, null)));
                rows.AddRange(diff.Removed.Select(r => Diff(from, version.Version, "removed", "移除", r, null)));
                rows.AddRange(diff.Changed.Select(c => Diff(from, version.Version, "changed", "修改", c.New,
                    string.Join("；", c.Fields.Select(f => $"{f.Field}：{f.Old} → {f.New}")))));
            }
            (previous, from) = (current, version.Version);
        }
        return DatasetSelection.InMemory(DiffFields, rows, found.Latest.PublishedAt);
    }

    private static object?[] Diff(int from, int to, string code, string label, AnnualListRow row, string? details) =>
        [from, to, code, label, row.PhaseOutEntryId, row.EnterpriseName, row.CreditCode, details];
}
