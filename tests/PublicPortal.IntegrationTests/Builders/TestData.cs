using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.SampleData;

namespace PublicPortal.IntegrationTests.Builders;

/// <summary>
/// Inserts register rows for tests on top of the seeded reference data. An enterprise is placed by its county code
/// (e.g. "440304" 福田区); a register row takes its place from its enterprise and fills the rest with plain defaults that
/// a test can override in <c>configure</c>.
/// </summary>
public static class TestData
{
    private static int _serial;

    public static async Task<Enterprise> EnterpriseAsync(PortalDbContext db, string name, string countyCode = "440304",
        string? creditCode = null)
    {
        var county = await db.Jurisdictions.SingleAsync(j => j.Code == countyCode);
        var enterprise = new Enterprise
        {
            Name = name, JurisdictionId = county.Id,
            CreditCode = creditCode ?? SampleDataSeeder.MakeCreditCode(countyCode, 9_000_000 + Interlocked.Increment(ref _serial)),
        };
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync();
        return enterprise;
    }

    /// <summary>Fills the fields every register shares: place, department, industry, aspect, year, timestamps.</summary>
    public static async Task<T> StampAsync<T>(PortalDbContext db, T entry, Enterprise enterprise, int year = 2023,
        string industry = "steel", string aspect = "energy", DepartmentKind department = DepartmentKind.IndustryIt) where T : RegisterEntry
    {
        var county = await db.Jurisdictions.SingleAsync(j => j.Id == enterprise.JurisdictionId);
        var cityId = county.Level == JurisdictionLevel.County ? county.ParentId!.Value : county.Id;
        entry.EnterpriseId = enterprise.Id;
        entry.JurisdictionId = county.Id;
        entry.CityId = cityId;
        entry.IndustryId = (await db.Industries.SingleAsync(i => i.Code == industry)).Id;
        entry.AspectId = (await db.Aspects.SingleAsync(a => a.Code == aspect)).Id;
        entry.DepartmentId = (await db.Departments.FirstAsync(d => d.JurisdictionId == cityId && d.Kind == department)).Id;
        entry.Year = year;
        entry.PublishedAt = entry.UpdatedAt = new DateTime(year, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        entry.State = PublicationState.Published; // tests of the public pages want what the public sees
        return entry;
    }

    public static async Task<PhaseOutEntry> PhaseOutAsync(PortalDbContext db, Enterprise enterprise,
        Action<PhaseOutEntry>? configure = null, int year = 2023, string industry = "steel")
    {
        var entry = await StampAsync(db, new PhaseOutEntry
        {
            Equipment = "400立方米炼铁高炉", Capacity = 30, CapacityUnit = "万吨/年", Measure = PhaseOutMeasure.Dismantled,
            Status = PhaseOutStatus.Completed, CompletedOn = new DateOnly(year, 5, 20),
        }, enterprise, year, industry);
        configure?.Invoke(entry);
        db.PhaseOutEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    }

    public static async Task<SealingNotice> SealingAsync(PortalDbContext db, Enterprise enterprise,
        Action<SealingNotice>? configure = null, int year = 2024)
    {
        var sealedOn = new DateOnly(year, 1, 5);
        var notice = await StampAsync(db, new SealingNotice
        {
            NoticeNumber = $"测封字〔{year}〕{Interlocked.Increment(ref _serial)}号", SealedEquipment = "400立方米炼铁高炉",
            Measures = SealingMeasures.WaterCut | SealingMeasures.PowerCut | SealingMeasures.EquipmentSealed,
            SealedOn = sealedOn, DismantleDeadline = sealedOn.AddMonths(6), Status = SealingStatus.Sealed,
            PledgeText = "本企业承诺封存设备不再恢复生产。", PledgeSignatory = enterprise.Name, PledgedOn = sealedOn,
        }, enterprise, year, aspect: "technology");
        return await SaveAsync(db, notice, configure);
    }

    public static async Task<CardListing> CardAsync(PortalDbContext db, Enterprise enterprise, Card card, DateOnly listedOn,
        Action<CardListing>? configure = null, string aspect = "energy")
    {
        var listing = await StampAsync(db, new CardListing
        {
            Card = card, ListedOn = listedOn, Reason = card == Card.Red ? "整改期满仍未达标" : "单位产品能耗超过限额标准",
            RectifyDeadline = card == Card.Yellow ? listedOn.AddMonths(CardListing.RectifyMonths) : null,
            Status = card == Card.Red ? CardStatus.Closed : CardStatus.Rectifying,
        }, enterprise, listedOn.Year, aspect: aspect, department: DepartmentKind.DevelopmentReform);
        return await SaveAsync(db, listing, configure);
    }

    public static async Task<EmissionViolation> EmissionAsync(PortalDbContext db, Enterprise enterprise,
        Action<EmissionViolation>? configure = null, int year = 2023)
    {
        var violation = await StampAsync(db, new EmissionViolation
        {
            Pollutant = "颗粒物", Violation = "颗粒物排放浓度超过特别排放限值", Standard = "GB 28662-2012", FoundOn = new DateOnly(year, 4, 1),
            Status = EnforcementStatus.Rectifying,
        }, enterprise, year, aspect: "environment", department: DepartmentKind.Ecology);
        return await SaveAsync(db, violation, configure);
    }

    public static async Task<QualityFailure> QualityAsync(PortalDbContext db, Enterprise enterprise,
        Action<QualityFailure>? configure = null, int year = 2023)
    {
        var failure = await StampAsync(db, new QualityFailure
        {
            ProductName = "钢筋混凝土用热轧带肋钢筋", Specification = "HRB400E Φ16", Batch = "20230301", FailedItems = "屈服强度",
            Standard = "GB/T 1499.2-2024", InspectedOn = new DateOnly(year, 3, 15), InspectionAgency = "测试产品质量监督检验所",
            Status = EnforcementStatus.Rectifying,
        }, enterprise, year, aspect: "quality", department: DepartmentKind.MarketRegulation);
        return await SaveAsync(db, failure, configure);
    }

    private static async Task<T> SaveAsync<T>(PortalDbContext db, T entry, Action<T>? configure) where T : RegisterEntry
    {
        configure?.Invoke(entry);
        db.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    }
}
