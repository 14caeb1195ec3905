using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;
using PublicPortal.Web.Features.Tips.Intake;
using static PublicPortal.IntegrationTests.Infrastructure.StaffPages;

namespace PublicPortal.IntegrationTests.Pages.Staff.Tips;

/// <summary>
/// Who approves a 办结意见, through the real pages: another lead of the lead department when it has one, otherwise the
/// coordination office above it (福田区应急管理局 has a single lead, as the sample departments do). The approval page
/// names the approver, shows the proposed finding and reply beside the current ones, and each viewer sees only the
/// buttons of the steps they may take.
/// </summary>
public class ClosureApprovalTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string CityLead1 = "lead1@sz-yjglj.page.test", CityLead2 = "lead2@sz-yjglj.page.test";

    private async Task EnsureCityLeadsAsync()
    {
        await Crew.EnsureAsync(factory);
        var existing = await factory.WithDbAsync(db => db.Users.Select(u => u.Email).ToListAsync());
        foreach (var email in new[] { CityLead1, CityLead2 }.Where(e => !existing.Contains(e)))
            await StaffLogin.CreateAsync(factory, email, StaffRoles.Lead, "440300-yjglj");
    }

    [Fact]
    public async Task LeadsOwnProposal_InADepartmentWithOneLead_IsApprovedByTheOffice()
    {
        await Crew.EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory);
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        await ActAsync(lead, tip.Id, "sign");
        var page = await ActAsync(lead, tip.Id, "propose", new() { ["finding"] = "Substantiated", ["reply"] = "经查，该企业夜间违规生产属实，已责令停产。" });
        Assert.Equal("办结意见已提交，等待审批。", Flash(page));

        // The lead cannot approve their own proposal; the page says who will, and shows what is to be approved.
        Assert.DoesNotContain("approve", FormIds(page));
        Assert.Equal("待审批：由深圳市淘汰落后产能工作协调小组办公室（深圳市福田区应急管理局没有其他负责人）审批",
            page.QuerySelector("#approver")!.TextContent.Trim());
        Assert.Equal(["核查结论", "尚无", "查实"], page.Texts("#proposal-finding th, #proposal-finding td"));
        Assert.Equal(["答复举报人", "尚无", "经查，该企业夜间违规生产属实，已责令停产。"], page.Texts("#proposal-reply th, #proposal-reply td"));

        // Each viewer sees the buttons of exactly the steps they may take.
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var office = await StaffLogin.SignInAsync(factory, Crew.SzOffice);
        Assert.Equal(["ask", "note"], Sorted(FormIds(page)));
        Assert.Equal(["ask", "note"], Sorted(FormIds(await DetailAsync(officer, tip.Id))));
        var officePage = await DetailAsync(office, tip.Id);
        Assert.Equal(["approve", "note", "reject"], Sorted(FormIds(officePage)));
        Assert.Contains("查实", officePage.QuerySelector("#proposal")!.TextContent);
        var other = await StaffLogin.SignInAsync(factory, Crew.NanshanOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/staff/tips/{tip.Id}")).StatusCode);

        page = await ActAsync(office, tip.Id, "approve");
        Assert.Equal("已审批办结。", Flash(page));
        var stored = await TipSeed.LoadAsync(factory, tip.Id);
        Assert.Equal((TipStatus.Closed, TipFinding.Substantiated), (stored.Status, stored.Finding));

        // The citizen's follow-up view still names the department that handled it (it listed none once closed).
        var view = await factory.WithDbAsync(async db =>
        {
            using var scope = factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<TipFollowUp>().LoadAsync(tip.Id, default);
        });
        Assert.Equal(["深圳市福田区应急管理局"], view!.Departments);
    }

    [Fact]
    public async Task LeadsOwnProposal_InADepartmentWithTwoLeads_IsApprovedByTheOtherLead_NotByTheOffice()
    {
        await EnsureCityLeadsAsync();
        var tip = await TipSeed.FileAsync(factory, place: "440300");
        var lead1 = await StaffLogin.SignInAsync(factory, CityLead1);
        await ActAsync(lead1, tip.Id, "sign");
        var page = await ActAsync(lead1, tip.Id, "propose", new() { ["finding"] = "Unsubstantiated", ["reply"] = "经现场核查，未发现违规生产。" });
        Assert.Equal("待审批：由深圳市应急管理局负责人（lead2）审批", page.QuerySelector("#approver")!.TextContent.Trim());
        Assert.DoesNotContain("approve", FormIds(page));

        var office = await StaffLogin.SignInAsync(factory, Crew.SzOffice);
        Assert.DoesNotContain("approve", FormIds(await DetailAsync(office, tip.Id)));
        var approvedByOffice = await Crew.StepAsync(factory, Crew.SzOffice, w => w.ApproveCloseAsync(tip.Id, default));
        Assert.Equal(WorkflowOutcome.Refused, approvedByOffice.Outcome);

        var lead2 = await StaffLogin.SignInAsync(factory, CityLead2);
        Assert.Contains("approve", FormIds(await DetailAsync(lead2, tip.Id)));
        page = await ActAsync(lead2, tip.Id, "approve");
        Assert.Equal("已审批办结。", Flash(page));
        Assert.Equal(TipStatus.Closed, (await TipSeed.LoadAsync(factory, tip.Id)).Status);
    }

    [Fact]
    public async Task OfficersProposal_IsApprovedByTheDepartmentsLead_AndTheOfficeHasNoButton()
    {
        await Crew.EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        await ActAsync(officer, tip.Id, "sign");
        var page = await ActAsync(officer, tip.Id, "propose", new() { ["finding"] = "OutOfScope", ["reply"] = "不属于本部门受理范围。" });
        Assert.Equal("待审批：由深圳市福田区应急管理局负责人（lead）审批", page.QuerySelector("#approver")!.TextContent.Trim());
        var office = await StaffLogin.SignInAsync(factory, Crew.SzOffice);
        Assert.Equal(["note"], Sorted(FormIds(await DetailAsync(office, tip.Id))));
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        Assert.Equal(["approve", "ask", "note", "reject"], Sorted(FormIds(await DetailAsync(lead, tip.Id))));
        page = await ActAsync(lead, tip.Id, "approve");
        Assert.Equal("已审批办结。", Flash(page));
    }

    private static List<string> Sorted(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToList();
}
