using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Announcements;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.IntegrationTests.Builders;

/// <summary>
/// Register rows with fixed contents (one notice number, dates in 2023–2024, an escalated yellow card) for the tests
/// written against them, and announcements; <see cref="TestData"/>'s helpers take a year and number their rows instead.
/// </summary>
public static class RegisterTestData
{
    public static async Task<SealingNotice> SealingAsync(PortalDbContext db, Enterprise enterprise,
        Action<SealingNotice>? configure = null)
    {
        var notice = await TestData.StampAsync(db, new SealingNotice
        {
            NoticeNumber = "深封字〔2023〕1号", SealedEquipment = "300立方米炼铁高炉",
            Measures = SealingMeasures.WaterCut | SealingMeasures.PowerCut | SealingMeasures.EquipmentSealed,
            SealedOn = new DateOnly(2023, 3, 1), DismantleDeadline = new DateOnly(2023, 9, 1), Status = SealingStatus.Sealed,
            PledgeText = "本企业承诺不再恢复生产。", PledgeSignatory = enterprise.Name, PledgedOn = new DateOnly(2023, 3, 1),
        }, enterprise, aspect: "technology");
        return await SaveAsync(db, notice, configure);
    }

    public static async Task<CardListing> CardAsync(PortalDbContext db, Enterprise enterprise, Card card,
        Action<CardListing>? configure = null)
    {
        var listing = await TestData.StampAsync(db, new CardListing
        {
            Card = card, Reason = card == Card.Red ? "整改期满仍未达标" : "单位产品能耗超过限额标准",
            DecisionNumber = card == Card.Red ? "测红字〔2024〕1号" : "测黄字〔2023〕1号",
            ListedOn = card == Card.Red ? new DateOnly(2024, 1, 10) : new DateOnly(2023, 4, 1),
            RectifyDeadline = card == Card.Red ? null : new DateOnly(2023, 10, 1),
            Status = card == Card.Red ? CardStatus.Closed : CardStatus.Escalated,
        }, enterprise, department: DepartmentKind.DevelopmentReform);
        return await SaveAsync(db, listing, configure);
    }

    public static async Task<EmissionViolation> EmissionAsync(PortalDbContext db, Enterprise enterprise,
        Action<EmissionViolation>? configure = null)
    {
        var violation = await TestData.StampAsync(db, new EmissionViolation
        {
            Pollutant = "颗粒物", Violation = "颗粒物排放浓度超过特别排放限值", IsSerious = true, FoundOn = new DateOnly(2023, 5, 5),
            Penalty = "罚款20万元", Status = EnforcementStatus.Rectifying,
        }, enterprise, aspect: "environment", department: DepartmentKind.Ecology);
        return await SaveAsync(db, violation, configure);
    }

    public static async Task<QualityFailure> QualityAsync(PortalDbContext db, Enterprise enterprise,
        Action<QualityFailure>? configure = null)
    {
        var failure = await TestData.StampAsync(db, new QualityFailure
        {
            ProductName = "钢筋混凝土用热轧带肋钢筋", FailedItems = "屈服强度", InspectedOn = new DateOnly(2023, 6, 6),
            Status = EnforcementStatus.Rectified,
        }, enterprise, aspect: "quality", department: DepartmentKind.MarketRegulation);
        return await SaveAsync(db, failure, configure);
    }

    private static async Task<T> SaveAsync<T>(PortalDbContext db, T entry, Action<T>? configure) where T : class
    {
        configure?.Invoke(entry);
        db.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    }

    public static async Task<Announcement> AnnouncementAsync(PortalDbContext db, string title, DateTime publishedAt,
        string body = "正文。", string summary = "摘要。")
    {
        var office = await db.Departments.FirstAsync(d => d.Kind == DepartmentKind.CoordinationOffice && d.Jurisdiction.Code == "440000");
        var announcement = new Announcement
        {
            Title = title, Summary = summary, BodyMarkdown = body, JurisdictionId = office.JurisdictionId, DepartmentId = office.Id,
            PublishedAt = publishedAt, UpdatedAt = publishedAt, State = PublicationState.Published,
        };
        return await SaveAsync(db, announcement, null);
    }
}
