namespace PublicPortal.Web.Features.Feeds;

/// <summary>
/// The feeds the portal publishes, at stable URLs: /feeds/{slug}.atom for everything, announcements, each register and
/// the annual lists, and /feeds/jurisdictions/{code}.atom for one city or county (the province code means everything).
/// </summary>
public static class FeedCatalog
{
    public sealed record Feed(string Slug, string Title, string Description, string PagePath);

    public const string All = "all";

    public static readonly IReadOnlyList<Feed> Feeds =
    [
        new(All, "全部更新", "通知公告、各类公开名单和年度名单的全部新发布、更正和撤回。", "/"),
        new("announcements", "通知公告", "各级部门发布的通知公告。", "/announcements"),
        new("phase-out", "年度退出名单", "落后产能退出企业、设备（生产线）和产能。", "/lists/phase-out"),
        new("sealing", "封存公告", "设备封存公告及企业不再恢复生产的承诺。", "/lists/sealing"),
        new("cards", "黄牌、红牌名单", "限期整改（黄牌）和关停（红牌）企业。", "/lists/cards"),
        new("emissions", "超标排放与处罚", "超标排放企业及其行政处罚。", "/lists/emissions"),
        new("quality", "不合格产品", "产品质量监督抽查不合格的产品及其生产企业。", "/lists/quality"),
        new("annual-lists", "年度名单（汇总版本）", "协调小组办公室汇总发布的年度退出企业名单各版本。", "/lists/annual"),
    ];

    public static Feed? Find(string? slug) => Feeds.FirstOrDefault(f => f.Slug == slug);

    public static string Url(string slug) => $"/feeds/{slug}.atom";

    public static string JurisdictionUrl(string code) => $"/feeds/jurisdictions/{code}.atom";
}
