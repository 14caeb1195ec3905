using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Staff;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Handling;
using PublicPortal.Web.Infrastructure;
using static PublicPortal.IntegrationTests.Infrastructure.Crew;
using static PublicPortal.IntegrationTests.Infrastructure.StaffPages;

namespace PublicPortal.IntegrationTests.Pages.Staff.Tips;

/// <summary>
/// Four eyes on every identity: a handling officer asks with a reason, a 信息保管人 of the tip-off's city (not the requester)
/// approves or refuses at /staff/tips/reveal-requests, and only the requester sees the identity until the approval runs
/// out. Tip-offs are filed in 福田区 (深圳市) and handled by 福田区应急管理局.
/// </summary>
public class IdentityRevealTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public const string SzCustodian = "custodian@shenzhen.test", ZjCustodian = "custodian@zhanjiang.test";
    /// <summary>A 福田 officer who is also a custodian: may ask, and may never approve their own request.</summary>
    public const string OfficerCustodian = "officer-custodian@futian.test";
    private const string Reason = "需电话联系举报人核实夜间生产的具体时段和出入口位置";
    private static readonly TipsterIdentity Tipster = new("赵六", "13712345678", "zhaoliu@example.test");

    [Fact]
    public async Task ARequestWithAShortReason_IsRefusedInChinese_AndKeepsTheInput()
    {
        await CustodiansAsync(factory);
        var tip = await TipSeed.FileAsync(factory, identity: Tipster);
        var officer = await StaffLogin.SignInAsync(factory, Officer);

        var page = await ActAsync(officer, tip.Id, "reveal", new() { ["reason"] = "需要核实一下情况" });

        var form = page.QuerySelector("form#reveal")!;
        Assert.Contains("至少 15 个字", form.TextContent);
        Assert.Equal("需要核实一下情况", ((IHtmlTextAreaElement)form.QuerySelector("textarea[name=reason]")!).Value);
        Assert.Null(page.QuerySelector("#identity"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.IdentityRevealRequests.CountAsync(r => r.TipId == tip.Id)));
    }

    [Fact]
    public async Task Request_ApprovedByACustodian_OnlyTheRequesterSeesTheIdentity_EachStepAudited()
    {
        await CustodiansAsync(factory);
        var tip = await TipSeed.FileAsync(factory, identity: Tipster);
        var officer = await StaffLogin.SignInAsync(factory, Officer);

        var page = await ActAsync(officer, tip.Id, "reveal", new() { ["reason"] = Reason });
        Assert.Equal("查看申请已提交，等待信息保管人审批。", Flash(page));
        Assert.Equal("pending", page.QuerySelector("#reveal-status")!.GetAttribute("data-state"));
        Assert.Null(page.QuerySelector("form#reveal"));
        Assert.Null(page.QuerySelector("form#view-identity"));
        // The custodians of 深圳市 are told (the officer-custodian too: they are not the requester), never the tipster.
        var mails = await factory.WithDbAsync(db => db.OutboxMessages
            .Where(m => m.Subject == $"【待审批】举报人信息查看申请（{tip.TrackingNumber}）").ToListAsync());
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.DoesNotContain("赵六", m.Body));
        Assert.All(mails, m => Assert.Contains("/staff/tips/reveal-requests", m.Body));

        var custodian = await StaffLogin.SignInAsync(factory, SzCustodian);
        var queue = await custodian.GetPageAsync("/staff/tips/reveal-requests");
        var item = RequestIn(queue, tip.TrackingNumber);
        Assert.Contains(Reason, item.TextContent);
        Assert.Contains("officer", item.QuerySelector(".requester")!.TextContent);
        Assert.DoesNotContain("赵六", queue.Body!.TextContent);
        queue = await HtmlHelpers.GetDocumentAsync(await custodian.SendAsync((IHtmlFormElement)item.QuerySelector("form.approve")!));
        Assert.Contains("已批准", queue.QuerySelector("[role=status]")!.TextContent);
        Assert.DoesNotContain(tip.TrackingNumber, queue.QuerySelector("#pending-requests")!.TextContent);
        Assert.Contains(tip.TrackingNumber, queue.QuerySelector("#decided-requests")!.TextContent);

        var decision = Assert.Single(await DecisionMailsAsync(tip.TrackingNumber));
        Assert.Equal(Officer, decision.To);
        Assert.Contains("已批准", decision.Body);
        Assert.Contains($"/staff/tips/{tip.Id}", decision.Body);
        Assert.DoesNotContain("赵六", decision.Body);

        page = await DetailAsync(officer, tip.Id);
        Assert.Equal("approved", page.QuerySelector("#reveal-status")!.GetAttribute("data-state"));
        Assert.DoesNotContain("赵六", page.Body!.TextContent);
        page = await ActAsync(officer, tip.Id, "view-identity");
        var shown = page.QuerySelector("#identity")!.TextContent;
        Assert.Contains("赵六", shown);
        Assert.Contains("13712345678", shown);
        Assert.Contains("zhaoliu@example.test", shown);
        Assert.DoesNotContain("赵六", (await DetailAsync(officer, tip.Id)).Body!.TextContent); // the next response hides it again

        // Another officer of the same department has no approval of their own: no identity, no view form, and a post is refused.
        var other = await StaffLogin.SignInAsync(factory, SecondOfficer);
        var otherPage = await DetailAsync(other, tip.Id);
        Assert.Null(otherPage.QuerySelector("form#view-identity"));
        Assert.NotNull(otherPage.QuerySelector("form#reveal"));
        var response = await PostAsync(other, $"/staff/tips/{tip.Id}?handler=ViewIdentity", otherPage, []);
        var refused = await response.Content.ReadAsStringAsync();
        Assert.Contains("没有有效的查看批准", refused);
        Assert.DoesNotContain("赵六", refused);
        Assert.DoesNotContain("13712345678", refused);

        var lines = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.TipId == tip.Id
            && a.Action.StartsWith("tip.reveal")).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(
            [
                (AuditActions.RequestIdentity, Officer), (AuditActions.ApproveIdentityRequest, SzCustodian),
                (AuditActions.RevealIdentity, Officer),
            ],
            lines.Select(a => (a.Action, a.UserName)).ToList());
        Assert.Equal(Reason, lines[0].Detail);
        Assert.Contains(Reason, lines[1].Detail);
        Assert.Contains("有效期至", lines[1].Detail);
        Assert.Contains(Reason, lines[2].Detail);
        Assert.All(lines, a => Assert.StartsWith("IdentityRevealRequest:", a.Subject));
        Assert.All(lines, a => Assert.InRange(factory.Clock.UtcNow() - a.At, TimeSpan.Zero, TimeSpan.FromMinutes(5)));
        Assert.All(lines, a => Assert.DoesNotContain("赵六", a.Detail));
        Assert.Equal("申请查看举报人身份", AuditQuery.ActionName(AuditActions.RequestIdentity));
        Assert.Equal("身份查看申请 7", AuditQuery.SubjectName("IdentityRevealRequest:7"));
    }

    [Fact]
    public async Task TheApproval_RunsOutAfter24Hours_ThenTheRequesterMustAskAgain()
    {
        await CustodiansAsync(factory);
        var tip = await TipSeed.FileAsync(factory, identity: Tipster);
        var officer = await StaffLogin.SignInAsync(factory, Officer);
        await ActAsync(officer, tip.Id, "reveal", new() { ["reason"] = Reason });
        await ApproveAsync(await StaffLogin.SignInAsync(factory, SzCustodian), tip.TrackingNumber);

        factory.Clock.Advance(TimeSpan.FromHours(23)); // still within the approval
        officer = await StaffLogin.SignInAsync(factory, Officer);
        Assert.Contains("赵六", (await ActAsync(officer, tip.Id, "view-identity")).QuerySelector("#identity")!.TextContent);

        factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        officer = await StaffLogin.SignInAsync(factory, Officer);
        var page = await DetailAsync(officer, tip.Id);
        var status = page.QuerySelector("#reveal-status")!;
        Assert.Equal("expired", status.GetAttribute("data-state"));
        Assert.Contains("已于", status.TextContent);
        Assert.Contains("到期", status.TextContent);
        Assert.Null(page.QuerySelector("form#view-identity"));
        Assert.NotNull(page.QuerySelector("form#reveal")); // a new request is needed

        var response = await PostAsync(officer, $"/staff/tips/{tip.Id}?handler=ViewIdentity", page, []);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("查看期限已过", body);
        Assert.DoesNotContain("赵六", body);
        Assert.Equal(1, await factory.WithDbAsync(db =>
            db.AuditEntries.CountAsync(a => a.TipId == tip.Id && a.Action == AuditActions.RevealIdentity)));
    }

    [Fact]
    public async Task ACustodian_RefusesWithAReason_TheRequesterSeesItAndMayAskAgain()
    {
        await CustodiansAsync(factory);
        var tip = await TipSeed.FileAsync(factory, identity: Tipster);
        var officer = await StaffLogin.SignInAsync(factory, Officer);
        await ActAsync(officer, tip.Id, "reveal", new() { ["reason"] = Reason });
        var custodian = await StaffLogin.SignInAsync(factory, SzCustodian);

        var queue = await RefuseAsync(custodian, tip.TrackingNumber, "   ");
        Assert.Contains("请填写不予批准的理由", Errors(queue));
        Assert.NotNull(RequestIn(queue, tip.TrackingNumber).QuerySelector("form.approve")); // still pending
        queue = await RefuseAsync(custodian, tip.TrackingNumber, "可通过企业现场检查核实，无需联系举报人");
        Assert.Contains("已不予批准", Flash(queue));
        var decision = Assert.Single(await DecisionMailsAsync(tip.TrackingNumber));
        Assert.Equal(Officer, decision.To);
        Assert.Contains("不予批准，理由：可通过企业现场检查核实，无需联系举报人", decision.Body);

        var page = await DetailAsync(officer, tip.Id);
        var status = page.QuerySelector("#reveal-status")!;
        Assert.Equal("refused", status.GetAttribute("data-state"));
        Assert.Contains("可通过企业现场检查核实，无需联系举报人", status.TextContent);
        Assert.Null(page.QuerySelector("form#view-identity"));
        Assert.NotNull(page.QuerySelector("form#reveal"));
        var stored = await factory.WithDbAsync(db => db.IdentityRevealRequests.SingleAsync(r => r.TipId == tip.Id));
        Assert.Equal((RevealDecision.Refused, (DateTime?)null), (stored.Decision!.Value, stored.ViewUntil));
        var line = await factory.WithDbAsync(db =>
            db.AuditEntries.SingleAsync(a => a.TipId == tip.Id && a.Action == AuditActions.RefuseIdentityRequest));
        Assert.Equal((SzCustodian, "不予批准：可通过企业现场检查核实，无需联系举报人"), (line.UserName, line.Detail));
    }

    [Fact]
    public async Task TheRequester_CannotApproveTheirOwnRequest_EvenAsACustodian()
    {
        await CustodiansAsync(factory);
        var tip = await TipSeed.FileAsync(factory, identity: Tipster);
        var requester = await StaffLogin.SignInAsync(factory, OfficerCustodian);
        await ActAsync(requester, tip.Id, "reveal", new() { ["reason"] = Reason });
        var id = await RequestIdAsync(tip.Id);

        var queue = await requester.GetPageAsync("/staff/tips/reveal-requests");
        var item = RequestIn(queue, tip.TrackingNumber);
        Assert.Contains("须由其他信息保管人审批", item.QuerySelector(".own-request")!.TextContent);
        Assert.Null(item.QuerySelector("form.approve"));
        var response = await PostAsync(requester, "/staff/tips/reveal-requests?handler=Approve", queue,
            new() { ["requestId"] = id.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能审批自己提出的查看申请", Errors(await HtmlHelpers.GetDocumentAsync(response)));
        Assert.Null(await DecisionAsync(id));
        Assert.Null((await DetailAsync(requester, tip.Id)).QuerySelector("form#view-identity"));

        await ApproveAsync(await StaffLogin.SignInAsync(factory, SzCustodian), tip.TrackingNumber); // another custodian may
        Assert.NotNull((await DetailAsync(requester, tip.Id)).QuerySelector("form#view-identity"));
    }

    [Fact]
    public async Task ACustodianOfAnotherCity_GetsNotFound_AndOthersHaveNoQueue()
    {
        await CustodiansAsync(factory);
        var tip = await TipSeed.FileAsync(factory, identity: Tipster);
        await ActAsync(await StaffLogin.SignInAsync(factory, Officer), tip.Id, "reveal", new() { ["reason"] = Reason });
        var id = await RequestIdAsync(tip.Id);

        var zhanjiang = await StaffLogin.SignInAsync(factory, ZjCustodian);
        var queue = await zhanjiang.GetPageAsync("/staff/tips/reveal-requests");
        Assert.DoesNotContain(tip.TrackingNumber, queue.Body!.TextContent);
        foreach (var handler in new[] { "Approve", "Refuse" })
        {
            var response = await PostAsync(zhanjiang, $"/staff/tips/reveal-requests?handler={handler}", queue,
                new() { ["requestId"] = id.ToString(CultureInfo.InvariantCulture), ["refusalReason"] = "不属于本市" });
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.Null(await DecisionAsync(id));

        // Who is no custodian has no queue at all, not even the city's coordination office.
        foreach (var email in new[] { Officer, SzOffice })
            Assert.Equal(HttpStatusCode.NotFound,
                (await (await StaffLogin.SignInAsync(factory, email)).GetAsync("/staff/tips/reveal-requests")).StatusCode);
    }

    [Fact]
    public async Task OnlyTheHandlingDepartment_MayAsk_AndAnAnonymousTipHasNothingToAsk()
    {
        await CustodiansAsync(factory);
        var tip = await TipSeed.FileAsync(factory, identity: Tipster);
        // The city's coordination office sees the tip-off but does not handle it.
        var office = await StaffLogin.SignInAsync(factory, SzOffice);
        var page = await DetailAsync(office, tip.Id);
        Assert.Null(page.QuerySelector("form#reveal"));
        Assert.Contains("只有承办部门", page.QuerySelector("#reveal-unavailable")!.TextContent);
        var response = await PostAsync(office, $"/staff/tips/{tip.Id}?handler=Reveal", page, new() { ["reason"] = Reason });
        Assert.Contains("只有承办部门", await response.Content.ReadAsStringAsync());

        var anonymous = await TipSeed.FileAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Officer);
        page = await DetailAsync(officer, anonymous.Id);
        Assert.NotNull(page.QuerySelector("#identity-anonymous"));
        Assert.Null(page.QuerySelector("form#reveal"));
        response = await PostAsync(officer, $"/staff/tips/{anonymous.Id}?handler=Reveal", page, new() { ["reason"] = Reason });
        Assert.Contains("匿名举报", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.WithDbAsync(db =>
            db.IdentityRevealRequests.CountAsync(r => r.TipId == tip.Id || r.TipId == anonymous.Id)));
    }

    /// <summary>The crew, plus a custodian in each of the 深圳 and 湛江 coordination offices and a 福田 officer who is one.</summary>
    internal static async Task CustodiansAsync(PortalFactory factory)
    {
        await EnsureAsync(factory);
        var existing = await factory.WithDbAsync(db => db.Users.Select(u => u.Email).ToListAsync());
        foreach (var (email, role, department) in new[]
        {
            (SzCustodian, StaffRoles.Office, "440300-office"), (ZjCustodian, StaffRoles.Office, "440800-office"),
            (OfficerCustodian, StaffRoles.Officer, "440304-yjglj"),
        })
        {
            if (existing.Contains(email)) continue;
            var user = await StaffLogin.CreateAsync(factory, email, role, department);
            using var scope = factory.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            Assert.True((await users.AddToRoleAsync((await users.FindByIdAsync(user.Id.ToString(CultureInfo.InvariantCulture)))!,
                StaffRoles.Custodian)).Succeeded);
        }
    }

    /// <summary>The decision mails of a tip-off's reveal requests, with their decrypted recipient.</summary>
    private async Task<List<(string To, string Body)>> DecisionMailsAsync(string trackingNumber)
    {
        var protector = factory.Services.GetRequiredService<PersonalDataProtector>();
        var mails = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Subject == $"【审批结果】举报人信息查看申请（{trackingNumber}）").ToListAsync());
        return mails.Select(m => (protector.Unprotect(m.RecipientCipher), m.Body)).ToList();
    }

    private Task<RevealDecision?> DecisionAsync(int requestId) =>
        factory.WithDbAsync(db => db.IdentityRevealRequests.Where(r => r.Id == requestId).Select(r => r.Decision).SingleAsync());

    private Task<int> RequestIdAsync(int tipId) =>
        factory.WithDbAsync(db => db.IdentityRevealRequests.Where(r => r.TipId == tipId).Select(r => r.Id).SingleAsync());

    private static AngleSharp.Dom.IElement RequestIn(IHtmlDocument queue, string trackingNumber) =>
        queue.QuerySelectorAll("#pending-requests article[data-request]").Single(a => a.TextContent.Contains(trackingNumber));

    private static async Task ApproveAsync(HttpClient custodian, string trackingNumber)
    {
        var item = RequestIn(await custodian.GetPageAsync("/staff/tips/reveal-requests"), trackingNumber);
        var page = await HtmlHelpers.GetDocumentAsync(await custodian.SendAsync((IHtmlFormElement)item.QuerySelector("form.approve")!));
        Assert.Contains("已批准", Flash(page));
    }

    private static async Task<IHtmlDocument> RefuseAsync(HttpClient custodian, string trackingNumber, string reason)
    {
        var item = RequestIn(await custodian.GetPageAsync("/staff/tips/reveal-requests"), trackingNumber);
        return await HtmlHelpers.GetDocumentAsync(await custodian.SendAsync((IHtmlFormElement)item.QuerySelector("form.refuse")!,
            new Dictionary<string, string> { ["refusalReason"] = reason }));
    }

    /// <summary>A post the page offers no form for, with the person's antiforgery token taken from a page they hold.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IHtmlDocument page, Dictionary<string, string> values)
    {
        values["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return client.PostAsync(url, new FormUrlEncodedContent(values));
    }
}
