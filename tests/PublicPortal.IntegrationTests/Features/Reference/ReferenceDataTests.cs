using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Content;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.SampleData;

namespace PublicPortal.IntegrationTests.Features.Reference;

/// <summary>The reference data seeded from content/reference/*.yaml at start-up (read-only tests share one factory).</summary>
public class ReferenceDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Seed_IsIdempotent_AndKeepsAnAdministratorsEdit()
    {
        // A factory of its own: this test renames a department.
        using var own = new PortalFactory();
        var before = await CountsAsync(own);
        Assert.All(before, c => Assert.True(c.Value > 0, $"{c.Key} is empty after start-up"));
        await own.WithDbAsync(async db =>
        {
            var department = await db.Departments.SingleAsync(d => d.Name == "深圳市应急管理局");
            department.Name = "深圳市应急管理局（已改名）";
            department.Phone = "0755-12345678";
            await db.SaveChangesAsync();
        });

        for (var run = 0; run < 2; run++)
        {
            using var scope = own.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
            await new RequirementTableLoader(scope.ServiceProvider.GetRequiredService<PortalDbContext>())
                .LoadAllAsync(scope.ServiceProvider.GetRequiredService<ContentOptions>());
        }

        Assert.Equal(before, await CountsAsync(own));
        await own.WithDbAsync(async db =>
        {
            var department = await db.Departments.SingleAsync(d => d.Code == "440300-yjglj");
            Assert.Equal("深圳市应急管理局（已改名）", department.Name);
            Assert.Equal("0755-12345678", department.Phone);
            Assert.False(await db.Departments.AnyAsync(d => d.Name == "深圳市应急管理局"));
        });
    }

    [Fact]
    public async Task Seed_DoesNotBringBackARuleOrHolidayAnAdministratorRemoved()
    {
        using var own = new PortalFactory();
        await own.WithDbAsync(async db =>
        {
            var shenzhen = await db.Jurisdictions.SingleAsync(j => j.Code == "440300");
            db.Responsibilities.RemoveRange(db.Responsibilities.Where(r => r.JurisdictionId == shenzhen.Id && r.Subject == "energy"
                && r.Role == ResponsibilityRole.Assist));
            db.CalendarDays.Remove(await db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2026, 10, 10)));
            await db.SaveChangesAsync();
        });

        using (var scope = own.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync();

        await own.WithDbAsync(async db =>
        {
            var energy = await db.Responsibilities.Where(r => r.Jurisdiction.Code == "440300" && r.Subject == "energy")
                .Select(r => r.Department.Name).ToListAsync();
            Assert.Equal(["深圳市工业和信息化局"], energy);
            Assert.False(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2026, 10, 10)));
            Assert.True(await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2026, 10, 1)));
        });
    }

    [Fact]
    public async Task Tree_IsProvinceCitiesCounties()
    {
        var places = await factory.WithDbAsync(db => db.Jurisdictions.AsNoTracking().ToListAsync());
        var province = Assert.Single(places, p => p.ParentId is null);
        Assert.Equal(("440000", "广东省", JurisdictionLevel.Province), (province.Code, province.Name, province.Level));

        var cities = places.Where(p => p.ParentId == province.Id).ToList();
        Assert.Equal(["湛江市", "深圳市", "江门市", "河源市"], cities.OrderBy(c => c.SortOrder).Select(c => c.Name));
        Assert.All(cities, c => Assert.Equal(JurisdictionLevel.City, c.Level));

        List<string> Counties(string city) =>
            places.Where(p => p.ParentId == cities.Single(c => c.Name == city).Id).Select(p => p.Name).ToList();
        Assert.Subset(Counties("深圳市").ToHashSet(),
            new HashSet<string> { "福田区", "罗湖区", "盐田区", "南山区", "宝安区", "龙岗区", "龙华区", "坪山区", "光明区", "大鹏新区", "深汕特别合作区" });
        Assert.Subset(Counties("湛江市").ToHashSet(), new HashSet<string> { "赤坎区", "霞山区", "坡头区", "麻章区", "遂溪县", "徐闻县", "廉江市", "雷州市", "吴川市" });
        Assert.Subset(Counties("江门市").ToHashSet(), new HashSet<string> { "蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市" });
        Assert.Subset(Counties("河源市").ToHashSet(), new HashSet<string> { "源城区", "东源县", "和平县", "龙川县", "紫金县", "连平县" });

        // Nothing hangs below a county, and every node is a province, a city or a county.
        var counties = places.Where(p => p.Level == JurisdictionLevel.County).ToList();
        Assert.All(counties, c => Assert.Contains(cities, city => city.Id == c.ParentId));
        Assert.Equal(places.Count, 1 + cities.Count + counties.Count);
        Assert.Equal(places.Count, places.Select(p => p.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("湛江市", "energy", new[] { "湛江市发展和改革局", "湛江市工业和信息化局" })]
    [InlineData("深圳市", "safety", new[] { "深圳市应急管理局" })]
    [InlineData("深圳市", "energy", new[] { "深圳市工业和信息化局", "深圳市发展和改革委员会" })]
    [InlineData("深圳市", "ditiaogang", new[] { "深圳市工业和信息化局", "深圳市市场监督管理局" })]
    [InlineData("广东省", "environment", new[] { "广东省生态环境厅" })]
    [InlineData("河源市", "quality", new[] { "河源市市场监督管理局" })]
    public async Task RoutingTable_NamesLeadThenAssistingDepartments(string place, string subject, string[] expected)
    {
        var rows = await factory.WithDbAsync(db => db.Responsibilities.AsNoTracking()
            .Where(r => r.Jurisdiction.Name == place && r.Subject == subject)
            .OrderBy(r => r.SortOrder)
            .Select(r => new { r.Department.Name, r.Role, DepartmentPlace = r.Department.Jurisdiction.Name })
            .ToListAsync());
        Assert.Equal(expected, rows.Select(r => r.Name));
        Assert.Equal(ResponsibilityRole.Lead, rows[0].Role);
        Assert.All(rows.Skip(1), r => Assert.Equal(ResponsibilityRole.Assist, r.Role));
        Assert.All(rows, r => Assert.Equal(place, r.DepartmentPlace));
    }

    [Fact]
    public async Task RoutingTable_CoversEveryAspectInEveryCity_AndEachPlaceHasACoordinationOffice()
    {
        var (aspects, cells, offices) = await factory.WithDbAsync(async db => (
            await db.Aspects.Select(a => a.Code).ToListAsync(),
            await db.Responsibilities.Where(r => r.Role == ResponsibilityRole.Lead && r.Jurisdiction.Level != JurisdictionLevel.County)
                .Select(r => new { Place = r.Jurisdiction.Name, r.Subject }).ToListAsync(),
            await db.Departments.Where(d => d.Kind == DepartmentKind.CoordinationOffice).Select(d => d.Jurisdiction.Name).ToListAsync()));
        Assert.Equal(["energy", "environment", "quality", "safety", "technology"], aspects.Order());
        foreach (var place in new[] { "广东省", "湛江市", "深圳市", "江门市", "河源市" })
        {
            Assert.All(aspects, a => Assert.Single(cells, c => c.Place == place && c.Subject == a));
            Assert.Contains(place, offices);
        }
    }

    [Fact]
    public async Task Calendar_HasMakeUpWorkdays()
    {
        var day = await factory.WithDbAsync(db => db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2026, 2, 14)));
        Assert.Equal(CalendarDayKind.MakeUpWorkday, day.Kind);
    }

    private static Task<Dictionary<string, int>> CountsAsync(PortalFactory f) => f.WithDbAsync(async db => new Dictionary<string, int>
    {
        ["Jurisdictions"] = await db.Jurisdictions.CountAsync(),
        ["Departments"] = await db.Departments.CountAsync(),
        ["Aspects"] = await db.Aspects.CountAsync(),
        ["Industries"] = await db.Industries.CountAsync(),
        ["Responsibilities"] = await db.Responsibilities.CountAsync(),
        ["CalendarDays"] = await db.CalendarDays.CountAsync(),
        ["IndustryRequirements"] = await db.IndustryRequirements.CountAsync(),
    });
}

/// <summary>The labelled sample registers a newcomer sees (Database:LoadSampleData=true).</summary>
public class SampleDataTests(SampleDataFactory factory) : IClassFixture<SampleDataFactory>
{
    [Fact]
    public async Task SampleEnterprises_AreLabelled_AndHaveValidCreditCodes()
    {
        var enterprises = await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().ToListAsync());
        Assert.True(enterprises.Count >= 20, $"only {enterprises.Count} sample enterprises");
        Assert.All(enterprises, e =>
        {
            Assert.StartsWith(SampleDataSeeder.NamePrefix, e.Name);
            Assert.StartsWith("（示例）", e.Name);
            Assert.True(e.IsSample, $"{e.Name} is not flagged IsSample");
            Assert.True(CreditCode.IsValid(e.CreditCode), $"{e.Name}: invalid credit code {e.CreditCode}");
        });
        Assert.Equal(enterprises.Count, enterprises.Select(e => e.CreditCode).Distinct().Count());
    }

    [Fact]
    public async Task SampleRegisterRows_AreFlaggedAsSamples()
    {
        var (phaseOut, flagged) = await factory.WithDbAsync(async db =>
            (await db.PhaseOutEntries.CountAsync(), await db.PhaseOutEntries.CountAsync(e => e.IsSample)));
        Assert.True(phaseOut > 0);
        Assert.Equal(phaseOut, flagged);
        await factory.WithDbAsync(async db =>
        {
            Assert.True(await db.SealingNotices.AllAsync(e => e.IsSample));
            Assert.True(await db.CardListings.AllAsync(e => e.IsSample));
            Assert.True(await db.EmissionViolations.AllAsync(e => e.IsSample));
            Assert.True(await db.QualityFailures.AllAsync(e => e.IsSample));
        });
    }

    [Fact]
    public async Task SampleSeeder_DoesNothingOnASecondRun()
    {
        var before = await factory.WithDbAsync(db => db.Enterprises.CountAsync());
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SampleDataSeeder>().SeedAsync();
        Assert.Equal(before, await factory.WithDbAsync(db => db.Enterprises.CountAsync()));
    }
}
