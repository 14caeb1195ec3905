using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Features.Tips.Handling;

/// <summary>The sample tip-offs a newcomer finds after the first `dotnet run`: every state, every sample account busy,
/// all labelled.</summary>
public class SampleTipsTests(SampleDataFactory factory) : IClassFixture<SampleDataFactory>
{
    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, PortalDbContext, Task<T>> action)
    {
        using var scope = factory.Services.CreateScope();
        return await action(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    [Fact]
    public async Task SampleTips_CoverEveryStatus_AndOverdueExtendedSupervisedMergedRatedReturned()
    {
        var today = factory.Clock.TodayInChina();
        var tips = await InScopeAsync((_, db) => db.Tips.AsNoTracking().Include(t => t.Assignments).ToListAsync());

        foreach (var status in Enum.GetValues<TipStatus>()) Assert.Contains(tips, t => t.Status == status);
        Assert.Contains(tips, t => t.Assignments.Any(a => a.IsActive && a.State == AssignmentState.Pending && a.SignDueOn < today));
        Assert.Contains(tips, t => t.Assignments.Any(a => a.IsActive && a.State == AssignmentState.Signed && a.CloseDueOn < today));
        Assert.Contains(tips, t => t.IsSupervised);
        Assert.Contains(tips, t => t.Status == TipStatus.Merged && t.MergedIntoId is not null);
        Assert.Contains(tips, t => t.Status == TipStatus.Closed && t.MergedIntoId is not null);
        Assert.Contains(tips, t => t.Rating == Satisfaction.Satisfied);
        Assert.Contains(tips, t => t.Rating == Satisfaction.Dissatisfied);
        Assert.Contains(tips, t => t.ReopenCount > 0);
        Assert.Contains(tips, t => t.Assignments.Any(a => a.State == AssignmentState.Returned));
        Assert.Contains(tips, t => t.Status == TipStatus.Closed && t.ClosedAt < ChinaTime.StartOfDayUtc(today.AddMonths(-12)));
        Assert.All(tips, t => Assert.True(t.SubmittedAt <= factory.Clock.UtcNow(), t.TrackingNumber));
        var extensions = await InScopeAsync((_, db) => db.ExtensionRequests.AsNoTracking().Select(e => e.State).ToListAsync());
        Assert.Contains(ExtensionState.Pending, extensions);
        Assert.Contains(ExtensionState.Approved, extensions);
        Assert.Equal([TipCategory.Energy, TipCategory.Environment, TipCategory.Quality, TipCategory.Safety, TipCategory.DiTiaoGang,
            TipCategory.Restarted, TipCategory.Other], tips.Select(t => t.Category).Distinct().Order());
    }

    [Fact]
    public async Task SampleTips_AreLabelled_Encrypted_AndCarryTheirHistory()
    {
        var (descriptions, eventless, auditLines, names) = await InScopeAsync(async (services, db) =>
        {
            var protector = services.GetRequiredService<PersonalDataProtector>();
            var tips = await db.Tips.AsNoTracking().Include(t => t.Events).ToListAsync();
            var audit = await db.AuditEntries.AsNoTracking().CountAsync(a => a.Action == AuditActions.Transition && a.TipId != null);
            return (tips.Select(t => protector.Unprotect(t.DescriptionCipher)).ToList(), tips.Count(t => t.Events.Count < 2), audit,
                tips.Select(t => t.EnterpriseName).ToList());
        });
        Assert.True(descriptions.Count >= 40, $"{descriptions.Count} sample tip-offs");
        Assert.All(descriptions, d => Assert.StartsWith(SampleTipSeeder.Marker, d));
        Assert.All(names, n => Assert.StartsWith("（示例）", n));
        Assert.Equal(0, eventless);
        Assert.True(auditLines > descriptions.Count, $"{auditLines} audit lines");
        // The replayed history queues no mail: no department or sample tipster is told about events long past.
        Assert.Equal(0, await InScopeAsync((_, db) => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task SampleTips_HaveMessagesBothWays_AndOneValidJpegPhoto()
    {
        var (fromCitizen, fromDepartment, photos) = await InScopeAsync(async (services, db) =>
        {
            var protector = services.GetRequiredService<PersonalDataProtector>();
            var files = await db.TipAttachments.AsNoTracking().ToListAsync();
            return (await db.TipMessages.CountAsync(m => m.FromCitizen), await db.TipMessages.CountAsync(m => !m.FromCitizen),
                files.Select(f => (f.ContentType, Data: protector.Unprotect(f.DataCipher),
                    Name: protector.Unprotect(f.FileNameCipher))).ToList());
        });
        Assert.True(fromCitizen > 0 && fromDepartment > 0);
        var photo = Assert.Single(photos);
        Assert.Equal("image/jpeg", photo.ContentType);
        Assert.Equal("image/jpeg", EvidenceFiles.SniffContentType(photo.Data));
        Assert.Equal([0xFF, 0xD9], photo.Data[^2..]);
        Assert.NotEqual(SamplePhoto.Jpeg(), photo.Data); // re-encoded on the way in, like every other photo
        Assert.Contains("示例", photo.Name);
    }

    /// <summary>
    /// Every sample account of a department that tip-offs are routed to. The provincial office is not one: it receives
    /// what no city office can take (cities without an office of their own), and every city in the reference data has one;
    /// a tip-off cannot be filed for the province as a whole.
    /// </summary>
    public static TheoryData<string> DepartmentAccounts() =>
        new(DevelopmentStaff.Accounts.Where(a => a.Department is not null and not "440000-office").Select(a => a.Email));

    [Theory]
    [MemberData(nameof(DepartmentAccounts))]
    public async Task EverySampleAccount_SeesTipsInItsOwnQueue(string email)
    {
        var client = await StaffLogin.SignInAsync(factory, email, DevelopmentStaff.Password);
        var page = await client.GetPageAsync("/staff");
        Assert.Null(page.QuerySelector("#queue-empty"));
        Assert.NotEmpty(page.QuerySelectorAll("table#queue tbody tr[data-tip]"));
    }

    public static TheoryData<string> Custodians() => new(DevelopmentStaff.Custodians.Select(c => c.Email));

    /// <summary>One 信息保管人 per city office, as the README lists them: signs in and finds the custodians' queue.</summary>
    [Theory]
    [MemberData(nameof(Custodians))]
    public async Task EverySampleCustodian_OpensTheRevealQueue(string email)
    {
        var client = await StaffLogin.SignInAsync(factory, email, DevelopmentStaff.Password);
        var page = await client.GetPageAsync("/staff/tips/reveal-requests");
        Assert.Equal("身份查看审批", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task ACitizen_OpensASampleTip_WithTheDocumentedQueryCode()
    {
        var found = await InScopeAsync(async (services, db) =>
        {
            var number = await db.Tips.OrderBy(t => t.Id).Select(t => t.TrackingNumber).FirstAsync();
            var followUp = services.GetRequiredService<TipFollowUp>();
            return (await followUp.FindAsync(number, SampleTipSeeder.QueryCode, default),
                await followUp.FindAsync(number, "WRONGCODE2", default));
        });
        Assert.NotNull(found.Item1);
        Assert.Null(found.Item2);
    }

    [Fact]
    public async Task Seeding_IsIdempotent()
    {
        var before = await InScopeAsync((_, db) => db.Tips.CountAsync());
        await InScopeAsync(async (services, _) =>
        {
            await services.GetRequiredService<SampleTipSeeder>().SeedAsync();
            return 0;
        });
        Assert.Equal(before, await InScopeAsync((_, db) => db.Tips.CountAsync()));
    }
}
