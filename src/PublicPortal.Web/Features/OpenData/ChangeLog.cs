using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>
/// A register's change log as data, from its public <see cref="RegisterChange"/> lines: published → added,
/// corrected → changed (with what changed and why), withdrawn → removed.
/// </summary>
public static class ChangeLog
{
    public sealed record Row(long Id, DateTime At, RegisterChangeKind Kind, int EntryId, string Title, string? Details, string? Reason);

    public static string Code(RegisterChangeKind kind) => kind switch
    {
        RegisterChangeKind.Published => "added",
        RegisterChangeKind.Corrected => "changed",
        _ => "removed",
    };

    public static string Label(RegisterChangeKind kind) => kind switch
    {
        RegisterChangeKind.Published => "新增",
        RegisterChangeKind.Corrected => "更正",
        _ => "撤回",
    };

    private static readonly IReadOnlyList<Column<Row>> Columns =
    [
        Column<Row>.Int("change_id", "变更记录编号（递增）", "57", r => r.Id),
        Column<Row>.Time("changed_at", "变更时间", "2023-07-01T10:00:00+08:00", r => r.At),
        Column<Row>.Text("change", "变更类型代码：added 新增、changed 更正、removed 撤回", "changed", r => Code(r.Kind)),
        Column<Row>.Text("change_name", "变更类型", "更正", r => Label(r.Kind)),
        Column<Row>.Int("entry_id", "条目编号（对应数据集的 id）", "128", r => r.EntryId),
        Column<Row>.Text("title", "企业名称或公告标题", "某某钢铁有限公司", r => r.Title),
        Column<Row>.Text("details", "更正内容（原值 → 新值）", "产能：30 → 35", r => r.Details),
        Column<Row>.Text("reason", "更正或撤回的理由", "核实后更正产能数据", r => r.Reason),
    ];

    public static readonly IReadOnlyList<DataField> Fields = Columns.Select(c => c.Field).ToList();

    /// <summary>Every change of one register, oldest first (the downloads) or newest first (the dataset page).</summary>
    public static IQueryable<Row> Query(PortalDbContext db, RegisterKind kind, bool newestFirst = false)
    {
        var changes = from c in db.RegisterChanges.AsNoTracking()
                      where c.Register == kind
                      join r in RegisterCatalog.Rows(db, kind) on c.EntryId equals r.Id
                      select new { c, r.Title };
        changes = newestFirst ? changes.OrderByDescending(x => x.c.Id) : changes.OrderBy(x => x.c.Id);
        return changes.Select(x => new Row(x.c.Id, x.c.At, x.c.Kind, x.c.EntryId, x.Title, x.c.Details, x.c.Reason));
    }

    public static DatasetSelection Select(PortalDbContext db, RegisterKind kind)
    {
        var query = Query(db, kind);
        return DatasetSelection.Of(Fields, async ct =>
            {
                var changes = db.RegisterChanges.AsNoTracking().Where(c => c.Register == kind);
                var count = await changes.CountAsync(ct);
                var last = await changes.OrderByDescending(c => c.Id).Select(c => new { c.Id, c.At }).FirstOrDefaultAsync(ct);
                return new DatasetVersion(count, last?.At, Fingerprint.Of(count, last?.Id));
            },
            ct => query.AsAsyncEnumerable().Select(r => Columns.Select(c => c.Value(r)).ToArray()));
    }
}
