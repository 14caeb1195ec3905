using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Staff.Registers;

/// <summary>
/// Department publishing through the real forms: an officer drafts and submits, the lead approves (now or scheduled),
/// corrects and withdraws; the public sees exactly the published state with its 变更记录; other departments get 404.
/// </summary>
public class PublishingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static int _serial;

    /// <summary>A valid 统一社会信用代码 that no other test uses.</summary>
    private static string NewCreditCode()
    {
        var first17 = $"91440304MA{Interlocked.Increment(ref _serial) + 5000000:D7}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    private Task<int> FutianAsync() =>
        factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Code == "440304").Select(j => j.Id).SingleAsync());

    private async Task<(IHtmlDocument Page, int Id)> CreateDraftAsync(HttpClient officer, string name, string capacity = "30")
    {
        var page = await officer.SubmitAsync("/staff/registers/phase-out", "form#entry", new()
        {
            ["Common.CreditCode"] = NewCreditCode(), ["Common.EnterpriseName"] = name,
            ["Common.JurisdictionId"] = (await FutianAsync()).ToString(CultureInfo.InvariantCulture),
            ["Common.Year"] = "2025", ["Input.Equipment"] = "1×450m³ 高炉", ["Input.Capacity"] = capacity, ["Input.CapacityUnit"] = "万吨/年",
            ["Input.Measure"] = "Dismantled", ["Input.Status"] = "Completed", ["Input.CompletedOn"] = "2025-05-20",
        });
        Assert.True(page.QuerySelector("#state") is not null, page.MainText());
        var id = int.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["id"]!, CultureInfo.InvariantCulture);
        return (page, id);
    }

    private static string EntryUrl(int id) => $"/staff/registers/entry?register=phase-out&id={id}";

    [Fact]
    public async Task Workflow_DraftSubmitApproveCorrectWithdraw_ThroughTheRealForms_AndThePublicSeesEachStep()
    {
        await Crew.EnsureAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var anonymous = factory.CreateClient();
        var (page, id) = await CreateDraftAsync(officer, "福田发布测试钢铁有限公司");
        Assert.Equal("草稿", page.QuerySelector("#state")!.TextContent.Trim());
        Assert.Equal("已保存草稿。", page.QuerySelector(".notice.success")!.TextContent.Trim());

        // A draft is not public: no detail page, not in the list; the department's back-office list has it.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/lists/phase-out/{id}")).StatusCode);
        Assert.DoesNotContain("福田发布测试钢铁有限公司", (await anonymous.GetPageAsync("/lists/phase-out")).MainText());
        var list = await officer.GetPageAsync("/staff/registers?register=phase-out&state=Draft");
        Assert.Contains("福田发布测试钢铁有限公司", list.MainText());

        // 提交审核; the officer gets no approve form, and posting it anyway is refused.
        page = await officer.SubmitAsync(page, "form#submit");
        Assert.Equal("待审核", page.QuerySelector("#state")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("form#approve"));
        Assert.Null(page.QuerySelector("a#edit"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await HtmlHelpers.GetDocumentAsync(await officer.PostAsync(EntryUrl(id) + "&handler=Approve",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })));
        Assert.Contains("只有本部门负责人可以审核通过", refused.MainText());
        Assert.Equal(PublicationState.Submitted, await factory.WithDbAsync(db =>
            db.PhaseOutEntries.IgnoreQueryFilters().Where(e => e.Id == id).Select(e => e.State).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/lists/phase-out/{id}")).StatusCode);

        // The lead approves: published now, in the list and on its page with a 发布 line.
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        page = await lead.SubmitAsync(EntryUrl(id), "form#approve", new() { ["ScheduleAt"] = "" });
        Assert.Equal("已发布", page.QuerySelector("#state")!.TextContent.Trim());
        Assert.Contains("福田发布测试钢铁有限公司", (await anonymous.GetPageAsync("/lists/phase-out")).MainText());
        var detail = await anonymous.GetPageAsync($"/lists/phase-out/{id}");
        Assert.Equal("发布", detail.QuerySelector("#changes tbody tr td:nth-child(2)")!.TextContent.Trim());
        Assert.Null(detail.QuerySelector("#withdrawn"));

        // The officer can no longer edit; the lead corrects with a reason, shown publicly with what changed.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/staff/registers/phase-out?id={id}")).StatusCode);
        var form = await lead.GetPageAsync($"/staff/registers/phase-out?id={id}");
        page = await lead.SubmitAsync(form, "form#entry", new() { ["Input.Capacity"] = "35" });
        Assert.Equal("请填写更正原因（将公开显示）。", page.FieldError("Reason"));
        Assert.Equal("35", ((IHtmlInputElement)page.QuerySelector("#Input_Capacity")!).Value);
        page = await lead.SubmitAsync(page, "form#entry", new() { ["Reason"] = "经现场核实更正产能" });
        Assert.Equal("已更正并公开更正说明。", page.QuerySelector(".notice.success")!.TextContent.Trim());
        detail = await anonymous.GetPageAsync($"/lists/phase-out/{id}");
        var correction = detail.QuerySelectorAll("#changes tbody tr")[1].QuerySelectorAll("td")
            .Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["更正", "经现场核实更正产能", "产能：30 → 35"], correction.Skip(1));
        Assert.Contains("35 万吨/年", detail.MainText());

        // Withdrawn: gone from the list, the page stays with 已撤回, the date and the reason.
        page = await lead.SubmitAsync(EntryUrl(id), "form#withdraw", new() { ["Reason"] = "" });
        Assert.Contains("请填写撤回原因。", page.MainText());
        page = await lead.SubmitAsync(page, "form#withdraw", new() { ["Reason"] = "该设备已列入上一年度名单，重复公布" });
        Assert.Equal("已撤回", page.QuerySelector("#state")!.TextContent.Trim());
        Assert.DoesNotContain("福田发布测试钢铁有限公司", (await anonymous.GetPageAsync("/lists/phase-out")).MainText());
        detail = await anonymous.GetPageAsync($"/lists/phase-out/{id}");
        var notice = detail.QuerySelector("#withdrawn")!.TextContent;
        Assert.Contains("已撤回", notice);
        Assert.Contains("该设备已列入上一年度名单，重复公布", notice);
        Assert.Contains(factory.Clock.TodayInChina().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), notice);
        Assert.Equal(["发布", "更正", "撤回"], detail.QuerySelectorAll("#changes tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()));

        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Subject == $"PhaseOut:{id}").OrderBy(a => a.Id)
            .Select(a => a.Action).ToListAsync());
        Assert.Equal(
            [
                EditorialWorkflow.AuditCreate, EditorialWorkflow.AuditSubmit, EditorialWorkflow.AuditApprove,
                EditorialWorkflow.AuditPublish, EditorialWorkflow.AuditCorrect, EditorialWorkflow.AuditWithdraw,
            ],
            actions);
    }

    [Fact]
    public async Task ScheduledApproval_IsPublishedOnlyOnceThePublisherRunsAfterItsTime()
    {
        await Crew.EnsureAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        var anonymous = factory.CreateClient();
        var (page, id) = await CreateDraftAsync(officer, "福田定时发布测试有限公司");
        await officer.SubmitAsync(page, "form#submit");
        var at = ChinaTime.ToChina(factory.Clock.UtcNow()).AddHours(1);
        page = await lead.SubmitAsync(EntryUrl(id), "form#approve",
            new() { ["ScheduleAt"] = at.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) });
        Assert.StartsWith("定时发布", page.QuerySelector("#state")!.TextContent.Trim());

        var publisher = factory.Services.GetRequiredService<ScheduledPublisher>();
        await publisher.PublishDueAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/lists/phase-out/{id}")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/lists/phase-out/{id}")).StatusCode);
        await publisher.PublishDueAsync();
        var detail = await anonymous.GetPageAsync($"/lists/phase-out/{id}");
        Assert.Equal("发布", detail.QuerySelector("#changes tbody tr td:nth-child(2)")!.TextContent.Trim());
        Assert.Contains("福田定时发布测试有限公司", (await anonymous.GetPageAsync("/lists/phase-out")).MainText());
        Assert.Equal(1, await factory.WithDbAsync(db =>
            db.RegisterChanges.CountAsync(c => c.Register == RegisterKind.PhaseOut && c.EntryId == id)));
    }

    [Theory]
    [InlineData(Crew.NanshanOfficer)]
    [InlineData(Crew.CityOfficer)]
    [InlineData(Crew.SzOffice)]
    public async Task AnotherDepartment_GetsNotFound_OnEveryHandler(string email)
    {
        await Crew.EnsureAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var (page, id) = await CreateDraftAsync(officer, "福田权限测试有限公司" + email[..4]);
        await officer.SubmitAsync(page, "form#submit");

        var other = await StaffLogin.SignInAsync(factory, email);
        var home = await other.GetPageAsync("/staff");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(EntryUrl(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/staff/registers/phase-out?id={id}")).StatusCode);
        foreach (var url in new[] { EntryUrl(id) + "&handler=Submit", EntryUrl(id) + "&handler=Approve", EntryUrl(id) + "&handler=SendBack",
                     EntryUrl(id) + "&handler=Withdraw", $"/staff/registers/phase-out?id={id}" })
        {
            var response = await other.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = token, ["Note"] = "x", ["Reason"] = "x", ["Common.Year"] = "2025" }));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }
        Assert.DoesNotContain("福田权限测试有限公司", (await other.GetPageAsync("/staff/registers?register=phase-out")).MainText());
        Assert.Equal(PublicationState.Submitted, await factory.WithDbAsync(db =>
            db.PhaseOutEntries.IgnoreQueryFilters().Where(e => e.Id == id).Select(e => e.State).SingleAsync()));
    }

    [Fact]
    public async Task Create_WithABadCreditCode_ShowsChineseErrorsBesideTheFields_AndKeepsTheInput()
    {
        await Crew.EnsureAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var page = await officer.SubmitAsync("/staff/registers/phase-out", "form#entry", new()
        {
            ["Common.CreditCode"] = "91440300MA5F000000", ["Common.EnterpriseName"] = "校验测试有限公司", ["Input.Capacity"] = "0",
        });
        Assert.StartsWith("统一社会信用代码不正确", page.FieldError("Common.CreditCode"));
        Assert.Equal("请选择所在地", page.FieldError("Common.JurisdictionId"));
        Assert.Equal("请填写主体设备或生产线", page.FieldError("Input.Equipment"));
        Assert.Equal("产能应大于0", page.FieldError("Input.Capacity"));
        Assert.Equal("校验测试有限公司", ((IHtmlInputElement)page.QuerySelector("#Common_EnterpriseName")!).Value);
    }

    [Fact]
    public async Task SendBack_ReturnsTheSubmissionToDraft_WithTheLeadsNote_AndTheOfficerCanEditAgain()
    {
        await Crew.EnsureAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var (page, id) = await CreateDraftAsync(officer, "福田退回测试有限公司");
        await officer.SubmitAsync(page, "form#submit");
        // Submitted: not editable.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/staff/registers/phase-out?id={id}")).StatusCode);

        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        page = await lead.SubmitAsync(EntryUrl(id), "form#sendback", new() { ["Note"] = "" });
        Assert.Contains("请填写退回意见。", page.MainText());
        page = await lead.SubmitAsync(page, "form#sendback", new() { ["Note"] = "产能单位请按文件写为万吨/年" });
        Assert.Equal("草稿", page.QuerySelector("#state")!.TextContent.Trim());
        Assert.Contains("退回修改：产能单位请按文件写为万吨/年", page.QuerySelector("#history")!.TextContent);

        var form = await officer.GetPageAsync($"/staff/registers/phase-out?id={id}");
        page = await officer.SubmitAsync(form, "form#entry", new() { ["Input.Capacity"] = "31" });
        Assert.Equal("已保存草稿。", page.QuerySelector(".notice.success")!.TextContent.Trim());
        Assert.Equal(0, await factory.WithDbAsync(db =>
            db.RegisterChanges.CountAsync(c => c.Register == RegisterKind.PhaseOut && c.EntryId == id)));
    }
}
