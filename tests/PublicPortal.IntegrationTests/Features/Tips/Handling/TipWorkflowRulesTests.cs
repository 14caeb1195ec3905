using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;
using static PublicPortal.IntegrationTests.Infrastructure.Crew;

namespace PublicPortal.IntegrationTests.Features.Tips.Handling;

/// <summary>The matrix of refusals, through the service: each illegal step is refused with a Chinese reason and changes
/// nothing.</summary>
public class TipWorkflowRulesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<TipSeed.Filed> SignedAsync()
    {
        await EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory);
        await DoAsync(factory, Officer, w => w.SignAsync(tip.Id, default));
        return tip;
    }

    private async Task RefusedAsync(string email, Func<TipWorkflow, Task<WorkflowResult>> step, string reason)
    {
        var result = await StepAsync(factory, email, step);
        Assert.Equal(WorkflowOutcome.Refused, result.Outcome);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public async Task Sign_Twice_IsRefused()
    {
        var tip = await SignedAsync();
        await RefusedAsync(Lead, w => w.SignAsync(tip.Id, default), "不能重复签收");
        var stored = await TipSeed.LoadAsync(factory, tip.Id);
        Assert.Single(stored.Events, e => e.Kind == TipEventKind.Signed);
    }

    [Fact]
    public async Task Sign_ByTheOffice_IsRefused_AndAnotherDepartmentGetsNotFound()
    {
        await EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory);
        await RefusedAsync(SzOffice, w => w.SignAsync(tip.Id, default), "只有承办人或部门负责人可以签收");
        Assert.Equal(WorkflowOutcome.NotFound,
            (await StepAsync(factory, NanshanOfficer, w => w.SignAsync(tip.Id, default))).Outcome);
        Assert.Equal(WorkflowOutcome.NotFound,
            (await StepAsync(factory, ZjOffice, w => w.SuperviseAsync(tip.Id, null, default))).Outcome);
        Assert.Equal(TipStatus.Dispatched, (await TipSeed.LoadAsync(factory, tip.Id)).Status);
    }

    [Fact]
    public async Task Handling_BeforeSigning_IsRefused()
    {
        await EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory);
        await RefusedAsync(Officer, w => w.ProposeCloseAsync(tip.Id, TipFinding.Substantiated, "属实", default), "请先签收");
        await RefusedAsync(Officer, w => w.AskQuestionAsync(tip.Id, "请问？", default), "请先签收");
        await RefusedAsync(Officer, w => w.RequestExtensionAsync(tip.Id, DateOnly.MaxValue, "理由", default), "请先签收");
    }

    [Fact]
    public async Task Close_WithoutFindingOrReply_IsRefused()
    {
        var tip = await SignedAsync();
        await RefusedAsync(Officer, w => w.ProposeCloseAsync(tip.Id, null, "已核查。", default), "请选择核查结论");
        await RefusedAsync(Officer, w => w.ProposeCloseAsync(tip.Id, TipFinding.Substantiated, "  ", default), "请填写答复内容");
        await RefusedAsync(Officer, w => w.ProposeCloseAsync(tip.Id, (TipFinding)42, "已核查。", default), "请选择核查结论");
        Assert.Equal(TipStatus.InProgress, (await TipSeed.LoadAsync(factory, tip.Id)).Status);
    }

    [Fact]
    public async Task Approve_ByTheOfficer_OrByTheProposer_IsRefused()
    {
        var tip = await SignedAsync();
        await RefusedAsync(Lead, w => w.ApproveCloseAsync(tip.Id, default), "没有待审批的办结意见");
        await DoAsync(factory, Officer, w => w.ProposeCloseAsync(tip.Id, TipFinding.Unsubstantiated, "未发现违规生产。", default));
        await RefusedAsync(Officer, w => w.ApproveCloseAsync(tip.Id, default), "只有部门负责人可以审批办结");
        await RefusedAsync(SecondOfficer, w => w.RejectCloseAsync(tip.Id, "不同意", default), "只有部门负责人可以审批办结");
        await RefusedAsync(Officer, w => w.ProposeCloseAsync(tip.Id, TipFinding.Substantiated, "改为属实", default), "等待审批");
        await RefusedAsync(Lead, w => w.RejectCloseAsync(tip.Id, "", default), "请填写退回意见");
        Assert.Equal(TipStatus.AwaitingApproval, (await TipSeed.LoadAsync(factory, tip.Id)).Status);

        var own = await SignedAsync();
        await DoAsync(factory, Lead, w => w.ProposeCloseAsync(own.Id, TipFinding.Unsubstantiated, "未发现违规生产。", default));
        await RefusedAsync(Lead, w => w.ApproveCloseAsync(own.Id, default), "不能审批自己提交的办结意见");
    }

    [Fact]
    public async Task Extension_AfterTheDeadline_OrBeyondTheLimit_IsRefused()
    {
        var tip = await SignedAsync();
        var due = await factory.WithDbAsync(db => db.TipAssignments.Where(a => a.TipId == tip.Id)
            .Select(a => a.CloseDueOn).SingleAsync());
        await RefusedAsync(Officer, w => w.RequestExtensionAsync(tip.Id, due.AddDays(-1), "理由", default), "新的办结时限应晚于");
        await RefusedAsync(Officer, w => w.RequestExtensionAsync(tip.Id, due.AddYears(1), "理由", default), "新的办结时限应晚于");
        await RefusedAsync(Officer, w => w.RequestExtensionAsync(tip.Id, due.AddDays(3), " ", default), "请填写延期理由");
        await DoAsync(factory, Officer, w => w.RequestExtensionAsync(tip.Id, due.AddDays(3), "等待检测报告。", default));
        await RefusedAsync(SecondOfficer, w => w.RequestExtensionAsync(tip.Id, due.AddDays(4), "再延", default),
            "已有待审批的延期申请");
        var request = await factory.WithDbAsync(db => db.ExtensionRequests.SingleAsync(e => e.TipId == tip.Id));
        await RefusedAsync(SecondOfficer, w => w.DecideExtensionAsync(tip.Id, request.Id, true, null, default),
            "只有本部门负责人或协调小组办公室");
        await RefusedAsync(Lead, w => w.DecideExtensionAsync(tip.Id, request.Id, false, null, default),
            "请填写不予延期的理由");
        await DoAsync(factory, Lead, w => w.DecideExtensionAsync(tip.Id, request.Id, false, "时限内可以完成。", default));
        var stored = await TipSeed.LoadAsync(factory, tip.Id);
        Assert.Equal((TipStatus.InProgress, due), (stored.Status, stored.CloseDueOn!.Value));
        Assert.Contains(stored.Events,
            e => e.Kind == TipEventKind.ExtensionRejected && e.InternalNote == "时限内可以完成。" && e.PublicNote == null);

        // Once the close deadline has passed, no extension can be asked for.
        await factory.WithDbAsync(db => db.TipAssignments.Where(a => a.TipId == tip.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CloseDueOn, new DateOnly(2020, 1, 2))));
        await RefusedAsync(Officer, w => w.RequestExtensionAsync(tip.Id, new DateOnly(2020, 1, 3), "理由", default),
            "已超过办结时限（2020-01-02），不能再申请延期");
    }

    [Fact]
    public async Task Extension_ApprovedByTheOffice_MovesTheDeadline()
    {
        var tip = await SignedAsync();
        var due = (await TipSeed.LoadAsync(factory, tip.Id)).CloseDueOn!.Value;
        await DoAsync(factory, Officer, w => w.RequestExtensionAsync(tip.Id, due.AddDays(5), "等待检测报告。", default));
        var request = await factory.WithDbAsync(db => db.ExtensionRequests.SingleAsync(e => e.TipId == tip.Id));
        await DoAsync(factory, SzOffice, w => w.DecideExtensionAsync(tip.Id, request.Id, true, null, default));
        var stored = await TipSeed.LoadAsync(factory, tip.Id);
        Assert.Equal((TipStatus.Extended, due.AddDays(5), due.AddDays(5)),
            (stored.Status, stored.CloseDueOn!.Value, stored.Assignments.Single().CloseDueOn));
        await RefusedAsync(Lead, w => w.DecideExtensionAsync(tip.Id, request.Id, true, null, default), "该延期申请已审批");
    }

    [Fact]
    public async Task OfficeSteps_ByADepartment_AreRefused()
    {
        var tip = await SignedAsync();
        await RefusedAsync(Officer, w => w.SuperviseAsync(tip.Id, null, default), "只有协调小组办公室可以督办");
        await RefusedAsync(Lead, w => w.MergeAsync(tip.Id, tip.Id, default), "只有协调小组办公室可以并单");
        await RefusedAsync(Lead, w => w.ReopenAsync(tip.Id, "重办", default), "只有协调小组办公室可以处理回访");
        await RefusedAsync(Officer, w => w.DispatchAsync(tip.Id, 1, null, default), "只有协调小组办公室可以派单");
        await RefusedAsync(SzOffice, w => w.ConfirmDispatchAsync(tip.Id, "不予退单", default), "不在协调小组办公室待派单");
        await RefusedAsync(SzOffice, w => w.SuperviseAsync(tip.Id, null, default), "尚未逾期");
        await RefusedAsync(SzOffice, w => w.ReopenAsync(tip.Id, "重办", default), "没有待处理的不满意回访");
        await RefusedAsync(Lead, w => w.CreateDraftAsync(tip.Id, PublicationDraftKind.YellowCard, default), "查实");
    }

    [Fact]
    public async Task TransferAndReturn_NeedAReasonAndALocalTarget()
    {
        var tip = await SignedAsync();
        var nanshan = await DepartmentIdAsync(factory, "440305-yjglj");
        var city = await DepartmentIdAsync(factory, "440300-yjglj");
        var own = await DepartmentIdAsync(factory, "440304-yjglj");
        await RefusedAsync(Officer, w => w.TransferAsync(tip.Id, city, "", default), "请填写转办理由");
        await RefusedAsync(Officer, w => w.TransferAsync(tip.Id, nanshan, "不在本区", default), "请选择本地其他可承办的部门");
        await RefusedAsync(Officer, w => w.TransferAsync(tip.Id, own, "自己", default), "请选择本地其他可承办的部门");
        await RefusedAsync(Officer, w => w.ReturnAsync(tip.Id, " ", default), "请填写退单理由");
        Assert.Equal(WorkflowOutcome.NotFound,
            (await StepAsync(factory, NanshanOfficer, w => w.ReturnAsync(tip.Id, "不是我们的", default))).Outcome);
        var stored = await TipSeed.LoadAsync(factory, tip.Id);
        Assert.Equal(AssignmentState.Signed, stored.Assignments.Single().State);
    }

    [Fact]
    public async Task ClosedTip_CannotBeHandled_NorMerged()
    {
        var tip = await SignedAsync();
        await DoAsync(factory, Officer, w => w.ProposeCloseAsync(tip.Id, TipFinding.OutOfScope, "不属于受理范围。", default));
        await DoAsync(factory, Lead, w => w.ApproveCloseAsync(tip.Id, default));
        await RefusedAsync(Officer, w => w.AskQuestionAsync(tip.Id, "还有吗？", default), "已办结");
        await RefusedAsync(Officer, w => w.TransferAsync(tip.Id, 1, "转", default), "已办结");
        await RefusedAsync(Lead, w => w.CreateDraftAsync(tip.Id, PublicationDraftKind.YellowCard, default), "结论为查实");
        await RefusedAsync(SzOffice, w => w.MergeAsync(tip.Id, tip.Id, default), "已办结");
    }
}
