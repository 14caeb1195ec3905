using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;
using static PublicPortal.IntegrationTests.Infrastructure.Crew;
using static PublicPortal.IntegrationTests.Pages.Staff.Tips.IdentityRevealTests;

namespace PublicPortal.IntegrationTests.Features.Tips.Handling;

/// <summary>Who may ask and who decides, without HTTP: the custodian's city is their department's city, so a custodian in a
/// district department decides for every district of the city, and nobody outside it.</summary>
public class IdentityRevealRulesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Reason = "需联系举报人确认被举报企业夜间开炉的具体时间";

    [Fact]
    public async Task ACustodianInADistrict_DecidesForAnotherDistrictOfTheCity_NotForAnotherCity()
    {
        await CustodiansAsync(factory);
        var nanshan = await TipSeed.FileAsync(factory, place: "440305", identity: new TipsterIdentity("钱七", "13811112222", null));
        Assert.True((await RevealAsync(NanshanOfficer, r => r.RequestAsync(nanshan.Id, Reason, default))).Succeeded);
        var id = await factory.WithDbAsync(db =>
            db.IdentityRevealRequests.Where(r => r.TipId == nanshan.Id).Select(r => r.Id).SingleAsync());

        Assert.Equal(WorkflowOutcome.NotFound, (await RevealAsync(ZjCustodian, r => r.DecideAsync(id, true, null, default))).Outcome);
        var (pending, _) = await AsAsync(factory, ZjCustodian, s => s.GetRequiredService<IdentityReveal>().QueueAsync(default));
        Assert.DoesNotContain(pending, p => p.Request.Id == id);

        // 福田's officer-custodian decides for 南山 (both in 深圳市), though they cannot open the tip-off itself.
        (pending, _) = await AsAsync(factory, OfficerCustodian, s => s.GetRequiredService<IdentityReveal>().QueueAsync(default));
        Assert.Equal("南山区", Assert.Single(pending, p => p.Request.Id == id).Place);
        Assert.True((await RevealAsync(OfficerCustodian, r => r.DecideAsync(id, true, null, default))).Succeeded);
        Assert.Equal(WorkflowResult.Refused("该申请已审批。"), await RevealAsync(SzCustodian, r => r.DecideAsync(id, false, "重复", default)));

        var (result, identity, until) = await AsAsync(factory, NanshanOfficer,
            s => s.GetRequiredService<IdentityReveal>().ViewAsync(nanshan.Id, default));
        Assert.True(result.Succeeded);
        Assert.Equal("钱七", identity!.Name);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime.AddHours(24), until!.Value, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task TheDepartmentsLead_MayAsk_ButAnotherDepartment_DoesNotFindTheTip()
    {
        await CustodiansAsync(factory);
        var tip = await TipSeed.FileAsync(factory, identity: new TipsterIdentity("孙八", null, "sunba@example.test"));
        Assert.True((await RevealAsync(Lead, r => r.RequestAsync(tip.Id, Reason, default))).Succeeded);
        Assert.Equal(WorkflowResult.Refused("您的查看申请正在等待信息保管人审批。"),
            await RevealAsync(Lead, r => r.RequestAsync(tip.Id, Reason, default)));
        Assert.Equal(WorkflowOutcome.NotFound, (await RevealAsync(NanshanOfficer, r => r.RequestAsync(tip.Id, Reason, default))).Outcome);
        Assert.Equal(WorkflowOutcome.NotFound, (await AsAsync(factory, NanshanOfficer,
            s => s.GetRequiredService<IdentityReveal>().ViewAsync(tip.Id, default))).Result.Outcome);
    }

    private Task<WorkflowResult> RevealAsync(string email, Func<IdentityReveal, Task<WorkflowResult>> step) =>
        AsAsync(factory, email, s => step(s.GetRequiredService<IdentityReveal>()));
}
