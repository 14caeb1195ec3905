using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Features.OpenData;

/// <summary>The plans' industry requirement tables (深圳 2019 表1–表5), one row per numbered item, loaded from content/requirements.</summary>
public sealed class RequirementDataset(PortalDbContext db) : Dataset
{
    public sealed record Row(int Id, string DocumentSlug, string Jurisdiction, int TableNumber, string TableTitle, int RowNumber,
        int ItemNumber, string Aspect, string Industries, string Text, string Standards);

    private static readonly IReadOnlyList<Column<Row>> Columns =
    [
        Column<Row>.Int("id", "条目编号", "17", r => r.Id),
        Column<Row>.Text("document_slug", "出处政策文件标识（/policies/ 下的地址）", "shenzhen-2019", r => r.DocumentSlug),
        Column<Row>.Text("jurisdiction", "地区", "深圳市", r => r.Jurisdiction),
        Column<Row>.Int("table_number", "表号", "1", r => r.TableNumber),
        Column<Row>.Text("table_title", "表名", "我市重点行业淘汰要求清单（能耗执法）", r => r.TableTitle),
        Column<Row>.Int("row_number", "序号", "5", r => r.RowNumber),
        Column<Row>.Int("item_number", "序号内的第几项", "1", r => r.ItemNumber),
        Column<Row>.Text("aspect", "方面", "能耗", r => r.Aspect),
        Column<Row>.Text("industries", "适用行业（以“、”分隔）", "钢铁、水泥", r => r.Industries),
        Column<Row>.Text("text", "要求", "单位产品能耗不得超过限额标准", r => r.Text),
        Column<Row>.Text("standards", "引用标准（以“; ”分隔）", "GB 16780-2012", r => r.Standards),
    ];

    public override string Slug => "requirements";
    public override string Title => "重点行业淘汰要求清单";
    public override string Description => "工作方案所附重点行业能耗、环保、质量、安全、技术淘汰要求表，逐条列出适用行业和引用标准。";
    public override string Frequency => "随工作方案更新";
    public override string ListPath => "/requirements";
    public override IReadOnlyList<string> PrimaryKey => ["id"];
    public override IReadOnlyList<DataField> Fields { get; } = Columns.Select(c => c.Field).ToList();

    public override async Task<DatasetSelection> SelectAsync(IQueryCollection query, int? year, CancellationToken ct)
    {
        // A few hundred items: loaded whole, so the industries can be joined into one cell.
        var items = await db.IndustryRequirements.AsNoTracking()
            .OrderBy(r => r.DocumentSlug).ThenBy(r => r.TableNumber).ThenBy(r => r.RowNumber).ThenBy(r => r.ItemNumber)
            .Select(r => new
            {
                r.Id, r.DocumentSlug, Jurisdiction = r.Jurisdiction.Name, r.TableNumber, r.TableTitle, r.RowNumber, r.ItemNumber,
                Aspect = r.Aspect.Name, r.Text, r.Standards,
                Industries = r.Industries.OrderBy(i => i.SortOrder).Select(i => i.Name).ToList(),
            })
            .ToListAsync(ct);
        var rows = items.Select(i => new Row(i.Id, i.DocumentSlug, i.Jurisdiction, i.TableNumber, i.TableTitle, i.RowNumber, i.ItemNumber,
            i.Aspect, string.Join('、', i.Industries), i.Text, i.Standards)).Select(r => Columns.Select(c => c.Value(r)).ToArray()).ToList();
        return DatasetSelection.InMemory(Fields, rows, lastModified: null);
    }
}
