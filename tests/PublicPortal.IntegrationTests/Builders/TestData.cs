using Microsoft.EntityFrameworkCore;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.IntegrationTests.Builders;

/// <summary>
/// Inserts register rows for tests on top of the seeded reference data. Every helper takes the place by its code
/// (e.g. "440304" 福田区) and fills the rest with plain defaults that a test can override in <c>configure</c>.
/// </summary>
public static class TestData
{
    private static int _serial;

    public static async Task<Enterprise> EnterpriseAsync(PortalDbContext db, string name, string countyCode = "440304", string? creditCode = null)
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
        return entry;
    }

    public static async Task<PhaseOutEntry> PhaseOutAsync(PortalDbContext db, Enterprise enterprise, Action<PhaseOutEntry>? configure = null, int year = 2023, string industry = "steel")
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
}
