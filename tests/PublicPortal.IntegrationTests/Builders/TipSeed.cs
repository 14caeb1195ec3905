using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Builders;

/// <summary>Files tip-offs through the intake service (routing, time limits and encryption as in production), for tests
/// about what happens after filing. The citizen's own form is covered by the tests under Pages/Tips.</summary>
public static class TipSeed
{
    public sealed record Filed(int Id, string TrackingNumber, string QueryCode);

    private static int _serial;

    /// <summary>A unique enterprise name, so that tip-offs of one test are never flagged as duplicates of another's.</summary>
    public static string Enterprise(string stem = "测试冶炼") => $"{stem}{Interlocked.Increment(ref _serial)}号厂有限公司";

    public static async Task<Filed> FileAsync(PortalFactory factory, string? enterprise = null,
        TipCategory category = TipCategory.Safety, string place = "440304", string? creditCode = null,
        TipsterIdentity? identity = null, params UploadedFile[] files)
    {
        using var scope = factory.Services.CreateScope();
        var code = QueryCodes.NewQueryCode();
        var intake = scope.ServiceProvider.GetRequiredService<TipIntake>();
        var (tip, errors) = await intake.SubmitAsync(Guid.NewGuid().ToString("N"), code,
            new TipSubmission
            {
                Category = category, Place = place, EnterpriseName = enterprise ?? Enterprise(), CreditCode = creditCode,
                Address = "工业园区东路 8 号", Description = "夜间仍在使用已封存的中频炉生产，厂区有大量钢坯外运。",
                Named = identity is not null, Name = identity?.Name, Phone = identity?.Phone, Email = identity?.Email,
                WantsEmailNotices = identity?.Email is not null, Files = files,
            }, default);
        Assert.True(tip is not null, string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
        return new Filed(tip.Id, tip.TrackingNumber, code);
    }

    public static Task<Tip> LoadAsync(PortalFactory factory, int id) => factory.WithDbAsync(db => db.Tips
        .AsNoTracking().AsSplitQuery()
        .Include(t => t.Assignments).ThenInclude(a => a.Department).Include(t => t.Events)
        .SingleAsync(t => t.Id == id));
}
