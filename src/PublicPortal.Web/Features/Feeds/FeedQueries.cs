using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Tips.Handling;

namespace PublicPortal.Web.Features.Feeds;

/// <summary>
/// The newest entries of each kind, for a scope. Each source is one query that sorts and limits in the database; a
/// combined feed merges the sources' newest entries and keeps the newest overall. The public query filter already
/// limits rows to published and withdrawn ones (withdrawals stay in feeds, marked, so subscribers learn of them).
/// </summary>
public class FeedQueries(PortalDbContext db)
{
    public const int Size = 50;

    public async Task<IReadOnlyList<FeedItem>> ReadAsync(string slug, FeedScope scope, CancellationToken ct)
    {
        var items = slug switch
        {
            "announcements" => await AnnouncementsAsync(scope, ct),
            "phase-out" => await PhaseOutAsync(scope, ct),
            "sealing" => await SealingAsync(scope, ct),
            "cards" => await CardsAsync(scope, ct),
            "emissions" => await EmissionsAsync(scope, ct),
            "quality" => await QualityAsync(scope, ct),
            "annual-lists" => await AnnualListsAsync(scope, ct),
            _ => await AllAsync(scope, ct),
        };
        return items.OrderByDescending(i => i.UpdatedAt).ThenBy(i => i.Path, StringComparer.Ordinal).Take(Size).ToList();
    }

    private async Task<List<FeedItem>> AllAsync(FeedScope scope, CancellationToken ct)
    {
        var all = new List<FeedItem>();
        foreach (var feed in FeedCatalog.Feeds.Where(f => f.Slug != FeedCatalog.All))
            all.AddRange(await ReadAsync(feed.Slug, scope, ct));
        return all;
    }

    private static IQueryable<T> Newest<T>(IQueryable<T> query, FeedScope scope) where T : RegisterEntry =>
        scope.Apply(query.AsNoTracking()).OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Id).Take(Size);

    private async Task<List<FeedItem>> PhaseOutAsync(FeedScope scope, CancellationToken ct)
    {
        var rows = await Newest(db.PhaseOutEntries, scope).Select(e => new
        {
            e.Id, e.Year, Enterprise = e.Enterprise.Name, e.Enterprise.CreditCode, City = e.City.Name, County = e.Jurisdiction.Name,
            e.Equipment, e.Capacity, e.CapacityUnit, e.Measure, e.Status, Department = e.Department.Name,
            e.PublishedAt, e.UpdatedAt, e.State, e.WithdrawalReason, e.IsSample,
        }).ToListAsync(ct);
        return rows.Select(r => Item("phase-out", $"/lists/phase-out/{r.Id}", $"{r.Enterprise}：{r.Equipment}（{r.Year}年度）",
            $"{r.City}{Place(r.City, r.County)}；统一社会信用代码 {r.CreditCode}；产能 {RegisterLabels.Capacity(r.Capacity)} {r.CapacityUnit}；" +
            $"退出方式：{r.Measure.Name()}；状态：{r.Status.Name()}。",
            r.Department, r.PublishedAt, r.UpdatedAt, r.State, r.WithdrawalReason, r.IsSample)).ToList();
    }

    private async Task<List<FeedItem>> SealingAsync(FeedScope scope, CancellationToken ct)
    {
        var rows = await Newest(db.SealingNotices, scope).Select(e => new
        {
            e.Id, e.NoticeNumber, Enterprise = e.Enterprise.Name, City = e.City.Name, County = e.Jurisdiction.Name,
            e.SealedEquipment, e.SealedOn, e.DismantleDeadline, e.Status, Department = e.Department.Name,
            e.PublishedAt, e.UpdatedAt, e.State, e.WithdrawalReason, e.IsSample,
        }).ToListAsync(ct);
        return rows.Select(r => Item("sealing", $"/lists/sealing/{r.Id}", $"封存公告 {r.NoticeNumber}：{r.Enterprise}",
            $"{r.City}{Place(r.City, r.County)}；封存设备：{r.SealedEquipment}；封存日期 {r.SealedOn.Cn()}；拆除期限 {r.DismantleDeadline.Cn()}；" +
            $"状态：{r.Status.Name()}。企业已公开承诺不再恢复生产。",
            r.Department, r.PublishedAt, r.UpdatedAt, r.State, r.WithdrawalReason, r.IsSample)).ToList();
    }

    private async Task<List<FeedItem>> CardsAsync(FeedScope scope, CancellationToken ct)
    {
        var rows = await Newest(db.CardListings, scope).Select(e => new
        {
            e.Id, e.Card, Enterprise = e.Enterprise.Name, City = e.City.Name, County = e.Jurisdiction.Name, e.Reason,
            e.ListedOn, e.RectifyDeadline, e.ExtendedDeadline, e.Status, Department = e.Department.Name,
            e.PublishedAt, e.UpdatedAt, e.State, e.WithdrawalReason, e.IsSample,
        }).ToListAsync(ct);
        return rows.Select(r => Item("cards", $"/lists/cards/{r.Id}", $"{r.Card.Name()}：{r.Enterprise}",
            $"{r.City}{Place(r.City, r.County)}；列入日期 {r.ListedOn.Cn()}；事由：{r.Reason}" +
            ((r.ExtendedDeadline ?? r.RectifyDeadline) is { } deadline ? $"；整改期限 {deadline.Cn()}" : "") + $"；状态：{r.Status.Name()}。",
            r.Department, r.PublishedAt, r.UpdatedAt, r.State, r.WithdrawalReason, r.IsSample)).ToList();
    }

    private async Task<List<FeedItem>> EmissionsAsync(FeedScope scope, CancellationToken ct)
    {
        var rows = await Newest(db.EmissionViolations, scope).Select(e => new
        {
            e.Id, Enterprise = e.Enterprise.Name, City = e.City.Name, County = e.Jurisdiction.Name, e.Pollutant, e.Violation,
            e.FoundOn, e.Penalty, e.Status, Department = e.Department.Name,
            e.PublishedAt, e.UpdatedAt, e.State, e.WithdrawalReason, e.IsSample,
        }).ToListAsync(ct);
        return rows.Select(r => Item("emissions", $"/lists/emissions/{r.Id}", $"超标排放：{r.Enterprise}（{r.Pollutant}）",
            $"{r.City}{Place(r.City, r.County)}；发现日期 {r.FoundOn.Cn()}；{r.Violation}" +
            (string.IsNullOrEmpty(r.Penalty) ? "" : $"；处罚：{r.Penalty}") + $"；状态：{r.Status.Name()}。",
            r.Department, r.PublishedAt, r.UpdatedAt, r.State, r.WithdrawalReason, r.IsSample)).ToList();
    }

    private async Task<List<FeedItem>> QualityAsync(FeedScope scope, CancellationToken ct)
    {
        var rows = await Newest(db.QualityFailures, scope).Select(e => new
        {
            e.Id, Enterprise = e.Enterprise.Name, City = e.City.Name, County = e.Jurisdiction.Name, e.ProductName, e.FailedItems,
            e.InspectedOn, e.Status, Department = e.Department.Name,
            e.PublishedAt, e.UpdatedAt, e.State, e.WithdrawalReason, e.IsSample,
        }).ToListAsync(ct);
        return rows.Select(r => Item("quality", $"/lists/quality/{r.Id}", $"不合格产品：{r.Enterprise} {r.ProductName}",
            $"{r.City}{Place(r.City, r.County)}；抽查日期 {r.InspectedOn.Cn()}；不合格项目：{r.FailedItems}；状态：{r.Status.Name()}。",
            r.Department, r.PublishedAt, r.UpdatedAt, r.State, r.WithdrawalReason, r.IsSample)).ToList();
    }

    private async Task<List<FeedItem>> AnnouncementsAsync(FeedScope scope, CancellationToken ct)
    {
        var query = db.Announcements.AsNoTracking();
        if (scope.JurisdictionIds is { } places) query = query.Where(a => places.Contains(a.JurisdictionId));
        var rows = await query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).Take(Size).Select(a => new
        {
            a.Id, a.Title, a.Summary, Department = a.Department.Name, a.PublishedAt, a.UpdatedAt, a.State, a.WithdrawalReason, a.IsSample,
        }).ToListAsync(ct);
        return rows.Select(r => Item("announcements", $"/announcements/{r.Id}", r.Title, r.Summary,
            r.Department, r.PublishedAt, r.UpdatedAt, r.State, r.WithdrawalReason, r.IsSample)).ToList();
    }

    private async Task<List<FeedItem>> AnnualListsAsync(FeedScope scope, CancellationToken ct)
    {
        var query = db.AnnualLists.AsNoTracking();
        if (scope.JurisdictionIds is { } places) query = query.Where(l => places.Contains(l.JurisdictionId));
        var rows = await query.OrderByDescending(l => l.PublishedAt).ThenByDescending(l => l.Id).Take(Size)
            .Join(db.Jurisdictions, l => l.JurisdictionId, j => j.Id,
                (l, j) => new { l.Year, l.Version, l.PublishedAt, l.Note, l.DepartmentId, j.Code, j.Name, Rows = l.Rows.Count })
            .Join(db.Departments, l => l.DepartmentId, d => d.Id,
                (l, d) => new { l.Year, l.Version, l.PublishedAt, l.Note, l.Code, l.Name, l.Rows, Department = d.Name })
            .ToListAsync(ct);
        return rows.Select(r => new FeedItem("annual-lists", FeedCatalog.Find("annual-lists")!.Title,
            $"/lists/annual/{r.Code}/{r.Year}/v{r.Version}", $"{r.Name}{r.Year}年度落后产能退出企业名单（第{r.Version}版）",
            $"共 {r.Rows} 家（条）。" + (string.IsNullOrEmpty(r.Note) ? "" : $"说明：{r.Note}"),
            r.Department, r.PublishedAt, r.PublishedAt, Withdrawn: false, IsSample: false)).ToList();
    }

    private static string Place(string city, string county) => county == city ? "" : county;

    private static FeedItem Item(string slug, string path, string title, string summary, string author, DateTime published,
        DateTime updated, Registers.PublicationState state, string? withdrawalReason, bool isSample)
    {
        var withdrawn = state == Registers.PublicationState.Withdrawn;
        if (withdrawn) summary = $"已撤回：{withdrawalReason}。原内容：{summary}";
        return new FeedItem(slug, FeedCatalog.Find(slug)!.Title, path, title, summary, author, published, updated, withdrawn, isSample);
    }
}
