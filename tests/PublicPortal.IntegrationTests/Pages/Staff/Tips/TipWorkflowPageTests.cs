using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Tips;
using static PublicPortal.IntegrationTests.Infrastructure.StaffPages;

namespace PublicPortal.IntegrationTests.Pages.Staff.Tips;

/// <summary>The main path through the real pages: a citizen files a tip-off, the department signs, asks, notes, gets
/// an extension, proposes and approves the closure, and drafts a yellow card; the citizen follows each step on
/// /tips/track.</summary>
public class TipWorkflowPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task MainPath_SignAskExtendProposeApprove_ThroughTheRealForms_AndTheCitizenSeesEachStep()
    {
        await Crew.EnsureAsync(factory);
        var citizen = factory.CreateClient();
        var enterprise = TipSeed.Enterprise("福田页面测试");
        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(citizen, v =>
        {
            v["Input.EnterpriseName"] = enterprise;
            v["Input.Identity"] = "named";
            v["Input.Name"] = "李四";
            v["Input.Phone"] = "13800138000";
            v["Input.Email"] = "lisi@example.test";
            v["Input.WantsEmailNotices"] = "true";
        }, TestFiles.Photo()));
        var tipId = await factory.WithDbAsync(db => db.Tips.Where(t => t.TrackingNumber == receipt.TrackingNumber)
            .Select(t => t.Id).SingleAsync());
        var mailsBefore = await CitizenMailsAsync(receipt.TrackingNumber);

        // The officer's queue lists it with its sign deadline; the detail page offers 签收 and nothing that needs a signature.
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var queue = await officer.GetPageAsync("/staff");
        var row = queue.QuerySelector($"#queue tr[data-tip='{tipId}']")!;
        Assert.Contains(enterprise, row.TextContent);
        Assert.Contains("签收时限", row.QuerySelector(".due")!.TextContent);
        var detail = await DetailAsync(officer, tipId);
        Assert.Equal("每晚十点后厂房内的中频炉仍在生产，门口有货车运出钢坯。", detail.QuerySelector("#tip-description")!.TextContent.Trim());
        Assert.Contains("sign", FormIds(detail));
        Assert.DoesNotContain("propose", FormIds(detail));
        Assert.DoesNotContain("李四", detail.QuerySelector("main")!.TextContent);

        // 签收
        var page = await ActAsync(officer, tipId, "sign");
        Assert.Equal("已签收。", Flash(page));
        Assert.Equal("核查中", page.QuerySelector("#tip-status")!.TextContent.Trim());
        Assert.DoesNotContain("sign", FormIds(page));
        var track = await TipForms.LookUpAsync(citizen, receipt);
        Assert.Equal("核查中", track.QuerySelector("#tip-status")!.TextContent.Trim());
        Assert.Contains(track.Texts("ol.timeline li"), t => t.Contains("深圳市福田区应急管理局已签收"));

        // 向举报人提问: the citizen reads the question; an internal note stays inside.
        await ActAsync(officer, tipId, "ask", new() { ["body"] = "请问夜间生产大约从几点开始？" });
        page = await ActAsync(officer, tipId, "note", new() { ["body"] = "已调取园区用电记录，夜间负荷异常。" });
        Assert.Contains("已调取园区用电记录", page.QuerySelector("#notes")!.TextContent);
        track = await citizen.GetPageAsync("/tips/track");
        Assert.Contains("请问夜间生产大约从几点开始？", track.QuerySelector("ol.messages li.from-department")!.TextContent);
        Assert.Contains(track.Texts("ol.timeline li"), t => t.Contains("办理部门向您留言"));
        Assert.DoesNotContain("用电记录", track.QuerySelector("main")!.TextContent);

        // 延期: requested by the officer, approved by the lead; the citizen sees the new deadline.
        var due = await factory.WithDbAsync(db => db.TipAssignments.Where(a => a.TipId == tipId && a.IsActive)
            .Select(a => a.CloseDueOn).SingleAsync());
        var newDue = due.AddDays(7);
        await ActAsync(officer, tipId, "extension",
            new() { ["newDueOn"] = newDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["reason"] = "需等待用电数据调取结果。" });
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        var extensionRequest = await factory.WithDbAsync(db => db.ExtensionRequests.SingleAsync(e => e.TipId == tipId));
        page = await ActAsync(lead, tipId, $"decide-extension-{extensionRequest.Id}", new() { ["note"] = "同意" }, "button[value=true]");
        Assert.Equal("已同意延期。", Flash(page));
        Assert.Equal("已延期", page.QuerySelector("#tip-status")!.TextContent.Trim());
        track = await citizen.GetPageAsync("/tips/track");
        Assert.Equal("已延期", track.QuerySelector("#tip-status")!.TextContent.Trim());
        Assert.Contains($"{newDue.Year}年{newDue.Month}月{newDue.Day}日", track.QuerySelector("#h-summary")!.ParentElement!.TextContent);
        Assert.Contains(track.Texts("ol.timeline li"), t => t.Contains($"办结时限延长至 {newDue:yyyy年M月d日}"));

        // 办结: a proposal without a finding is refused; with one it waits for the lead, who approves.
        page = await ActAsync(officer, tipId, "propose", new() { ["reply"] = "经现场核查，情况属实。" });
        Assert.Contains("请选择核查结论", Errors(page));
        page = await ActAsync(officer, tipId, "propose",
            new() { ["finding"] = "Substantiated", ["reply"] = "经现场核查，该企业夜间违规生产属实，已责令停产并封存设备。" });
        Assert.Contains("办结意见待审批", page.QuerySelector("#tip-status")!.TextContent);
        Assert.DoesNotContain("approve", FormIds(page)); // the officer cannot approve
        page = await ActAsync(lead, tipId, "approve");
        Assert.Equal("已审批办结。", Flash(page));
        Assert.Equal("已办结", page.QuerySelector("#tip-status")!.TextContent.Trim());
        Assert.Equal("查实", page.QuerySelector("#tip-finding")!.TextContent.Trim());
        track = await citizen.GetPageAsync("/tips/track");
        Assert.Equal("已办结", track.QuerySelector("#tip-status")!.TextContent.Trim());
        Assert.Equal("查实", track.QuerySelector("#tip-finding")!.TextContent.Trim());
        Assert.Equal("经现场核查，该企业夜间违规生产属实，已责令停产并封存设备。", track.QuerySelector("#tip-reply")!.TextContent.Trim());

        // 生成黄牌草稿, shown on the page and stored for the publishing workflow.
        page = await ActAsync(lead, tipId, "draft-yellowcard");
        Assert.Contains("黄牌草稿", page.QuerySelector("#drafts")!.TextContent);
        Assert.Contains(enterprise, page.QuerySelector("#drafts")!.TextContent);
        Assert.DoesNotContain("draft-yellowcard", FormIds(page));
        Assert.Contains("draft-reinspection", FormIds(page));
        var draft = await factory.WithDbAsync(db => db.PublicationDrafts.SingleAsync(d => d.TipId == tipId));
        Assert.Equal((PublicationDraftKind.YellowCard, enterprise), (draft.Kind, draft.EnterpriseName));
        Assert.NotNull(page.QuerySelector($"#drafts a[href='/staff/registers/from-tip/{draft.Id}']")); // opens in 发布管理

        // Stored state, audit trail and the citizen's emails (one per status they could see change).
        var tip = await TipSeed.LoadAsync(factory, tipId);
        Assert.Equal((TipStatus.Closed, TipFinding.Substantiated), (tip.Status, tip.Finding));
        Assert.NotNull(tip.ClosedAt);
        Assert.All(tip.Assignments, a => Assert.Equal(AssignmentState.Done, a.State));
        var audit = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.TipId == tipId && a.Action == AuditActions.Transition).Select(a => a.Detail!).ToListAsync());
        Assert.Contains(audit, d => d.StartsWith("已派单 → 核查中：签收", StringComparison.Ordinal));
        Assert.Contains(audit, d => d.StartsWith("核查中 → 已延期：同意延期", StringComparison.Ordinal));
        Assert.Contains(audit, d => d.StartsWith("办结待审批 → 已办结：审批办结", StringComparison.Ordinal));
        var mails = (await CitizenMailsAsync(receipt.TrackingNumber)).Except(mailsBefore).ToList();
        Assert.Contains(mails, m => m.Contains("状态更新：核查中"));
        Assert.Contains(mails, m => m.Contains("状态更新：已延期"));
        Assert.Contains(mails, m => m.Contains("状态更新：已办结"));
        Assert.Contains(mails, m => m.Contains("有新的留言"));
    }

    [Fact]
    public async Task Detail_LeadRejectsProposal_BackToInProgressWithTheNote()
    {
        await Crew.EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        await ActAsync(officer, tip.Id, "sign");
        await ActAsync(officer, tip.Id, "propose", new() { ["finding"] = "Unsubstantiated", ["reply"] = "未发现违规生产。" });
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        var page = await ActAsync(lead, tip.Id, "reject", new() { ["note"] = "请补充夜间突击检查记录。" });
        Assert.Equal("已退回办结意见。", Flash(page));
        Assert.Equal("核查中", page.QuerySelector("#tip-status")!.TextContent.Trim());
        Assert.Contains("请补充夜间突击检查记录。", page.QuerySelector("#timeline")!.TextContent);
        Assert.Contains("propose", FormIds(await DetailAsync(officer, tip.Id)));
    }

    private Task<List<string>> CitizenMailsAsync(string trackingNumber) => factory.WithDbAsync(db =>
        db.OutboxMessages.Where(m => m.Subject.Contains(trackingNumber) && !m.Subject.StartsWith("【待办】"))
            .Select(m => m.Subject + "|" + m.Id).ToListAsync());
}
