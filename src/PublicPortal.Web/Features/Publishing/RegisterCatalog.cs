using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Announcements;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.Web.Features.Publishing;

/// <summary>The registers the back office edits: URL slug, Chinese name, public page, and how to find a row of each.</summary>
public static class RegisterCatalog
{
    public sealed record Info(RegisterKind Kind, string Slug, string Name, string PublicPath, string? EditPath);

    public static readonly IReadOnlyList<Info> All =
    [
        new(RegisterKind.PhaseOut, "phase-out", "年度退出名单", "/lists/phase-out", "/staff/registers/phase-out"),
        new(RegisterKind.Sealing, "sealing", "封存公告", "/lists/sealing", "/staff/registers/sealing"),
        new(RegisterKind.Card, "cards", "黄牌、红牌名单", "/lists/cards", "/staff/registers/cards"),
        new(RegisterKind.Emission, "emissions", "超标排放与处罚", "/lists/emissions", "/staff/registers/emissions"),
        new(RegisterKind.Quality, "quality", "不合格产品", "/lists/quality", "/staff/registers/quality"),
        new(RegisterKind.Announcement, "announcements", "公告", "/announcements", "/staff/registers/announcements"),
    ];

    public static Info? Find(string? slug) => All.FirstOrDefault(r => r.Slug == slug);
    public static Info Of(RegisterKind kind) => All.Single(r => r.Kind == kind);

    public static RegisterKind KindOf(Type entryType) => entryType.Name switch
    {
        nameof(PhaseOutEntry) => RegisterKind.PhaseOut,
        nameof(SealingNotice) => RegisterKind.Sealing,
        nameof(CardListing) => RegisterKind.Card,
        nameof(EmissionViolation) => RegisterKind.Emission,
        nameof(QualityFailure) => RegisterKind.Quality,
        nameof(Announcement) => RegisterKind.Announcement,
        _ => throw new ArgumentOutOfRangeException(nameof(entryType), entryType.Name, null),
    };

    /// <summary>A tracked row of any state (back office), or null.</summary>
    public static async Task<IPublishable?> FindAsync(PortalDbContext db, RegisterKind kind, int id, CancellationToken ct) => kind switch
    {
        RegisterKind.PhaseOut => await db.PhaseOutEntries.IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == id, ct),
        RegisterKind.Sealing => await db.SealingNotices.IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == id, ct),
        RegisterKind.Card => await db.CardListings.IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == id, ct),
        RegisterKind.Emission => await db.EmissionViolations.IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == id, ct),
        RegisterKind.Quality => await db.QualityFailures.IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == id, ct),
        RegisterKind.Announcement => await db.Announcements.IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == id, ct),
        _ => null,
    };

    public sealed class Row
    {
        public int Id { get; init; }
        public int DepartmentId { get; init; }
        public string Title { get; init; } = "";
        public string? Subtitle { get; init; }
        public PublicationState State { get; init; }
        public DateTime UpdatedAt { get; init; }
        public DateTime? ScheduledFor { get; init; }
    }

    /// <summary>Every row of a register in every state, as list lines (filter and page on the result in the database).</summary>
    public static IQueryable<Row> Rows(PortalDbContext db, RegisterKind kind) => kind switch
    {
        RegisterKind.PhaseOut => db.PhaseOutEntries.IgnoreQueryFilters().Select(e => new Row
        {
            Id = e.Id, DepartmentId = e.DepartmentId, Title = e.Enterprise.Name, Subtitle = e.Equipment,
            State = e.State, UpdatedAt = e.UpdatedAt, ScheduledFor = e.ScheduledFor,
        }),
        RegisterKind.Sealing => db.SealingNotices.IgnoreQueryFilters().Select(e => new Row
        {
            Id = e.Id, DepartmentId = e.DepartmentId, Title = e.Enterprise.Name, Subtitle = e.SealedEquipment,
            State = e.State, UpdatedAt = e.UpdatedAt, ScheduledFor = e.ScheduledFor,
        }),
        RegisterKind.Card => db.CardListings.IgnoreQueryFilters().Select(e => new Row
        {
            Id = e.Id, DepartmentId = e.DepartmentId, Title = e.Enterprise.Name, Subtitle = e.Card == Card.Red ? "红牌" : "黄牌",
            State = e.State, UpdatedAt = e.UpdatedAt, ScheduledFor = e.ScheduledFor,
        }),
        RegisterKind.Emission => db.EmissionViolations.IgnoreQueryFilters().Select(e => new Row
        {
            Id = e.Id, DepartmentId = e.DepartmentId, Title = e.Enterprise.Name, Subtitle = e.Pollutant,
            State = e.State, UpdatedAt = e.UpdatedAt, ScheduledFor = e.ScheduledFor,
        }),
        RegisterKind.Quality => db.QualityFailures.IgnoreQueryFilters().Select(e => new Row
        {
            Id = e.Id, DepartmentId = e.DepartmentId, Title = e.Enterprise.Name, Subtitle = e.ProductName,
            State = e.State, UpdatedAt = e.UpdatedAt, ScheduledFor = e.ScheduledFor,
        }),
        _ => db.Announcements.IgnoreQueryFilters().Select(e => new Row
        {
            Id = e.Id, DepartmentId = e.DepartmentId, Title = e.Title,
            State = e.State, UpdatedAt = e.UpdatedAt, ScheduledFor = e.ScheduledFor,
        }),
    };

    public static string Name(this PublicationState state) => state switch
    {
        PublicationState.Draft => "草稿",
        PublicationState.Submitted => "待审核",
        PublicationState.Scheduled => "定时发布",
        PublicationState.Published => "已发布",
        PublicationState.Withdrawn => "已撤回",
        _ => state.ToString(),
    };

    public static string Name(this RegisterChangeKind kind) => kind switch
    {
        RegisterChangeKind.Published => "发布",
        RegisterChangeKind.Corrected => "更正",
        RegisterChangeKind.Withdrawn => "撤回",
        _ => kind.ToString(),
    };
}
