using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;
using static PublicPortal.IntegrationTests.Infrastructure.Crew;
using static PublicPortal.IntegrationTests.Infrastructure.StaffPages;

namespace PublicPortal.IntegrationTests.Features.Tips;

/// <summary>转办, 退单 and the office's review of it, 督办, and 回访 不满意 → 重办: where the item goes and who sees it.</summary>
public class TipRoutingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<TipSeed.Filed> SignedAsync()
    {
        await EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory);
        await DoAsync(factory, Officer, w => w.SignAsync(tip.Id, default));
        return tip;
    }

    [Fact]
    public async Task Transfer_EndsTheAssignment_StartsTheTargets_AndTellsItsMailbox()
    {
        var tip = await SignedAsync();
        var city = await DepartmentIdAsync(factory, "440300-yjglj");
        await factory.WithDbAsync(db => db.Departments.Where(d => d.Id == city)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Email, "yjglj@sz.test")));
        await DoAsync(factory, Officer, w => w.TransferAsync(tip.Id, city, "涉及全市范围的企业，应由市局办理。", default));

        var stored = await TipSeed.LoadAsync(factory, tip.Id);
        var ended = stored.Assignments.Single(a => a.Department.Code == "440304-yjglj");
        var started = stored.Assignments.Single(a => a.Department.Code == "440300-yjglj");
        Assert.Equal((AssignmentState.Transferred, false, "涉及全市范围的企业，应由市局办理。"), (ended.State, ended.IsActive, ended.EndReason));
        Assert.Equal((AssignmentState.Pending, true), (started.State, started.IsActive));
        Assert.True(started.SignDueOn > factory.Clock.TodayInChina());
        Assert.True(started.CloseDueOn > started.SignDueOn);
        Assert.Equal(TipStatus.Dispatched, stored.Status);
        Assert.Contains(stored.Events, e => e.Kind == TipEventKind.Transferred && e.PublicNote == "已转深圳市应急管理局办理。");
        Assert.True(await factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m =>
            m.Subject.StartsWith("【待办】") && m.Subject.Contains(tip.TrackingNumber) && m.Body.Contains("深圳市应急管理局"))));

        // The new department signs; the old one still sees the record but can no longer act on it.
        await DoAsync(factory, CityOfficer, w => w.SignAsync(tip.Id, default));
        var asked = await StepAsync(factory, Officer, w => w.AskQuestionAsync(tip.Id, "还在吗？", default));
        Assert.Equal(WorkflowOutcome.Refused, asked.Outcome);
        var officer = await StaffLogin.SignInAsync(factory, Officer);
        Assert.NotNull((await DetailAsync(officer, tip.Id)).QuerySelector("#no-actions"));
    }

    [Fact]
    public async Task Return_GoesToTheCityOffice_WhichConfirmsTheDispatch()
    {
        var tip = await SignedAsync();
        await DoAsync(factory, Officer, w => w.ReturnAsync(tip.Id, "该企业位于南山区，不属本区管辖。", default));
        var stored = await TipSeed.LoadAsync(factory, tip.Id);
        Assert.Equal(TipStatus.Received, stored.Status);
        Assert.Equal(AssignmentState.Returned, stored.Assignments.Single(a => a.Department.Code == "440304-yjglj").State);
        Assert.Equal("440300-office", stored.Assignments.Single(a => a.IsActive).Department.Code);

        // The office's queue lists it as returned; its page offers 派单 and 维持原派单.
        var office = await StaffLogin.SignInAsync(factory, SzOffice);
        var row = (await office.GetPageAsync("/staff")).QuerySelector($"#queue tr[data-tip='{tip.Id}']")!;
        Assert.Contains("退单", row.QuerySelector(".flags")!.TextContent);
        var page = await DetailAsync(office, tip.Id);
        Assert.Contains("该企业位于南山区，不属本区管辖。", page.QuerySelector("#timeline")!.TextContent);
        Assert.Contains("dispatch", FormIds(page));
        page = await ActAsync(office, tip.Id, "confirm", new() { ["note"] = "经核实企业位于福田区。" });
        Assert.Equal("已维持原派单。", Flash(page));

        stored = await TipSeed.LoadAsync(factory, tip.Id);
        var back = stored.Assignments.Single(a => a.Department.Code == "440304-yjglj");
        Assert.Equal((AssignmentState.Pending, true), (back.State, back.IsActive));
        Assert.Equal(TipStatus.Dispatched, stored.Status);
        Assert.Contains(stored.Events, e => e.Kind == TipEventKind.Dispatched && e.InternalNote == "退单不予认可：经核实企业位于福田区。");
        await DoAsync(factory, Officer, w => w.SignAsync(tip.Id, default));
    }

    [Fact]
    public async Task Return_TheOfficeDispatchesToAnotherDepartment_ThroughItsForm()
    {
        var tip = await SignedAsync();
        await DoAsync(factory, Officer, w => w.ReturnAsync(tip.Id, "属于市级监管企业。", default));
        var office = await StaffLogin.SignInAsync(factory, SzOffice);
        var city = await DepartmentIdAsync(factory, "440300-yjglj");
        var page = await ActAsync(office, tip.Id, "dispatch", new() { ["target"] = city.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal("已派单。", Flash(page));
        var stored = await TipSeed.LoadAsync(factory, tip.Id);
        Assert.Equal("440300-yjglj", stored.Assignments.Single(a => a.IsActive).Department.Code);
        Assert.Equal(TipStatus.Dispatched, stored.Status);
        var confirmed = await StepAsync(factory, SzOffice, w => w.ConfirmDispatchAsync(tip.Id, "x", default));
        Assert.Equal(WorkflowOutcome.Refused, confirmed.Outcome);
    }

    [Fact]
    public async Task Supervise_AnOverdueItem_ShowsInTheQueue()
    {
        var tip = await SignedAsync();
        await factory.WithDbAsync(db => db.TipAssignments.Where(a => a.TipId == tip.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CloseDueOn, new DateOnly(2026, 1, 5))));
        var office = await StaffLogin.SignInAsync(factory, SzOffice);
        var overdue = await office.GetPageAsync("/staff?scope=all&overdue=true");
        Assert.Contains("已逾期", overdue.QuerySelector($"#queue tr[data-tip='{tip.Id}'] .due")!.TextContent);
        var page = await ActAsync(office, tip.Id, "supervise", new() { ["note"] = "请三日内报告进展。" });
        Assert.Equal("已督办。", Flash(page));
        Assert.NotNull(page.QuerySelector("#supervised"));
        Assert.DoesNotContain("supervise", FormIds(page));

        var officer = await StaffLogin.SignInAsync(factory, Officer);
        var row = (await officer.GetPageAsync("/staff")).QuerySelector($"#queue tr[data-tip='{tip.Id}']")!;
        Assert.Contains("督办", row.QuerySelector(".flags")!.TextContent);
        Assert.Contains("已逾期", row.QuerySelector(".due")!.TextContent);
        Assert.True((await TipSeed.LoadAsync(factory, tip.Id)).IsSupervised);
    }

    [Fact]
    public async Task Dissatisfied_GoesToTheOfficesFollowUpQueue_WhichReopens()
    {
        var tip = await SignedAsync();
        await DoAsync(factory, Officer, w => w.ProposeCloseAsync(tip.Id, TipFinding.Unsubstantiated, "未发现违规生产。", default));
        await DoAsync(factory, Lead, w => w.ApproveCloseAsync(tip.Id, default));
        using (var scope = factory.Services.CreateScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<TipFollowUp>()
                .RateAsync(tip.Id, Satisfaction.Dissatisfied, "晚上去看就知道了。", default));

        var office = await StaffLogin.SignInAsync(factory, SzOffice);
        Assert.Contains(tip.TrackingNumber, (await office.GetPageAsync("/staff")).QuerySelector("#followup-queue")!.TextContent);
        var page = await ActAsync(office, tip.Id, "reopen", new() { ["reason"] = "举报人反映夜间生产，应夜间复查。" });
        Assert.Equal("已交原主办部门重办。", Flash(page));
        var followUpQueue = (await office.GetPageAsync("/staff")).QuerySelector("#h-followup")!.ParentElement!;
        Assert.DoesNotContain(tip.TrackingNumber, followUpQueue.TextContent);

        var stored = await TipSeed.LoadAsync(factory, tip.Id);
        Assert.Equal((TipStatus.Reopened, 1), (stored.Status, stored.ReopenCount));
        var lead = stored.Assignments.Single();
        Assert.Equal((AssignmentState.Pending, true), (lead.State, lead.IsActive));
        Assert.Equal(stored.CloseDueOn, lead.CloseDueOn);
        Assert.Null(stored.Finding);
        Assert.Contains(stored.Events, e => e.Kind == TipEventKind.Reopened && e.PublicNote!.Contains("重新办理"));

        await DoAsync(factory, Officer, w => w.SignAsync(tip.Id, default));
        Assert.Equal(TipStatus.InProgress, (await TipSeed.LoadAsync(factory, tip.Id)).Status);

        // Redone and closed again: the citizen rates the new result.
        await DoAsync(factory, Officer, w => w.ProposeCloseAsync(tip.Id, TipFinding.Substantiated, "夜间复查，发现违规生产，已责令停产。", default));
        await DoAsync(factory, Lead, w => w.ApproveCloseAsync(tip.Id, default));
        using (var scope = factory.Services.CreateScope())
        {
            var followUp = scope.ServiceProvider.GetRequiredService<TipFollowUp>();
            Assert.True((await followUp.LoadAsync(tip.Id, default))!.CanRate);
            Assert.True(await followUp.RateAsync(tip.Id, Satisfaction.Satisfied, null, default));
            Assert.False(await followUp.RateAsync(tip.Id, Satisfaction.Dissatisfied, "改主意了", default));
        }
        Assert.Equal(Satisfaction.Satisfied, (await TipSeed.LoadAsync(factory, tip.Id)).Rating);
    }

    [Fact]
    public async Task Dissatisfied_TheOfficeMayKeepItClosed()
    {
        var tip = await SignedAsync();
        await DoAsync(factory, Officer, w => w.ProposeCloseAsync(tip.Id, TipFinding.Unsubstantiated, "未发现违规生产。", default));
        await DoAsync(factory, Lead, w => w.ApproveCloseAsync(tip.Id, default));
        await factory.WithDbAsync(db => db.Tips.Where(t => t.Id == tip.Id).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.Rating, Satisfaction.Dissatisfied).SetProperty(t => t.RatedAt, factory.Clock.UtcNow())));
        await DoAsync(factory, SzOffice, w => w.KeepClosedAsync(tip.Id, "已两次夜查，结论有据。", default));
        Assert.Equal(WorkflowOutcome.Refused, (await StepAsync(factory, SzOffice, w => w.ReopenAsync(tip.Id, "再看看", default))).Outcome);
        var stored = await TipSeed.LoadAsync(factory, tip.Id);
        Assert.Equal(TipStatus.Closed, stored.Status);
        Assert.Contains(stored.Events, e => e.PublicNote == "经复核，维持原办理结果。");
    }
}
