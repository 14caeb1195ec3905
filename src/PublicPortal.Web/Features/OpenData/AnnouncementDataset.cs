using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>Published announcements (通知公告), years counted in China time. Their list page has no filters to mirror.</summary>
public sealed class AnnouncementDataset(PortalDbContext db) : Dataset
{
    public sealed record Row(int Id, string Title, string Summary, string BodyMarkdown, string Jurisdiction, string Department,
        DateTime PublishedAt, DateTime UpdatedAt, bool IsSample);

    private static readonly IReadOnlyList<Column<Row>> Columns =
    [
        Column<Row>.Int("id", "公告编号（详情页地址中的数字）", "12", r => r.Id),
        Column<Row>.Text("title", "标题", "关于公布2023年度落后产能退出企业名单的公告", r => r.Title),
        Column<Row>.Text("summary", "摘要", "现将名单予以公布。", r => r.Summary),
        Column<Row>.Text("body_markdown", "正文（Markdown 格式）", "根据……现予公告。", r => r.BodyMarkdown),
        Column<Row>.Text("jurisdiction", "发布地区", "广东省", r => r.Jurisdiction),
        Column<Row>.Text("department", "发布部门", "广东省淘汰落后产能工作协调小组办公室", r => r.Department),
        Column<Row>.Time("published_at", "发布时间", "2023-06-01T08:00:00+08:00", r => r.PublishedAt),
        Column<Row>.Time("updated_at", "最后更新时间", "2023-06-01T08:00:00+08:00", r => r.UpdatedAt),
        Column<Row>.Bool("is_sample", "是否为示例数据（虚构，仅供演示）", "false", r => r.IsSample),
    ];

    public override string Slug => "announcements";
    public override string Title => "通知公告";
    public override string Description => "各级协调小组和部门发布的通知公告全文。";
    public override string Frequency => "随时更新";
    public override string ListPath => "/announcements";
    public override bool HasYears => true;
    public override RegisterKind? ChangeKind => RegisterKind.Announcement;
    public override IReadOnlyList<string> PrimaryKey => ["id"];
    public override IReadOnlyList<DataField> Fields { get; } = Columns.Select(c => c.Field).ToList();
    public override IReadOnlyList<DataField> ChangeFields => ChangeLog.Fields;

    private IQueryable<Features.Announcements.Announcement> Published =>
        db.Announcements.AsNoTracking().Where(a => a.State == PublicationState.Published);

    public override Task<DatasetSelection> SelectAsync(IQueryCollection query, int? year, CancellationToken ct)
    {
        var rows = Published;
        if (year is { } y)
        {
            // Midnight 1 January in China, as the UTC instants the table stores.
            var (start, end) = ChinaTime.UtcRange(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            rows = rows.Where(a => a.PublishedAt >= start && a.PublishedAt < end);
        }
        return Task.FromResult(DatasetSelection.Of(Fields,
            async ct =>
            {
                var count = await rows.CountAsync(ct);
                var updated = await rows.MaxAsync(a => (DateTime?)a.UpdatedAt, ct);
                var published = await rows.MaxAsync(a => (DateTime?)a.PublishedAt, ct);
                var change = await db.RegisterChanges.AsNoTracking().Where(c => c.Register == RegisterKind.Announcement)
                    .MaxAsync(c => (long?)c.Id, ct);
                return new DatasetVersion(count, updated > published ? updated : published,
                    Fingerprint.Of(count, updated?.Ticks, published?.Ticks, change));
            },
            ct => rows.OrderBy(a => a.Id)
                .Select(a => new Row(a.Id, a.Title, a.Summary, a.BodyMarkdown, a.Jurisdiction.Name, a.Department.Name, a.PublishedAt,
                    a.UpdatedAt, a.IsSample))
                .AsAsyncEnumerable().Select(r => Columns.Select(c => c.Value(r)).ToArray())));
    }

    // Few rows: the China-time year is computed here rather than in SQL, which differs by provider.
    public override async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct) =>
        (await Published.Select(a => a.PublishedAt).ToListAsync(ct))
            .Select(t => ChinaTime.DateInChina(t).Year).Distinct().OrderDescending().ToList();

    public override DatasetSelection Changes() => ChangeLog.Select(db, RegisterKind.Announcement);
}
