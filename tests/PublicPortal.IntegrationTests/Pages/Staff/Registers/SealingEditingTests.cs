using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Staff.Registers;

public class SealingEditingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<IHtmlFormElement> FilledFormAsync(HttpClient client, string name, string creditSuffix)
    {
        var futian = await factory.WithDbAsync(db => db.Jurisdictions.Where(j => j.Code == "440304").Select(j => j.Id).SingleAsync());
        var page = await client.GetPageAsync("/staff/registers/sealing");
        var form = (IHtmlFormElement)page.QuerySelector("form#entry")!;
        var first17 = "91440304MA" + creditSuffix;
        HtmlHelpers.Fill(form, new Dictionary<string, string>
        {
            ["Common.CreditCode"] = first17 + CreditCode.CheckCharacter(first17), ["Common.EnterpriseName"] = name,
            ["Common.JurisdictionId"] = futian.ToString(CultureInfo.InvariantCulture), ["Common.Year"] = "2025",
            ["Input.NoticeNumber"] = "福封字〔2025〕3号",
            ["Input.SealedEquipment"] = "2台5吨中频炉", ["Input.SealedOn"] = "2025-03-01", ["Input.DismantleDeadline"] = "2025-09-01",
            ["Input.Status"] = "Sealed", ["Input.PledgeText"] = "本企业承诺不再恢复生产。", ["Input.PledgeSignatory"] = "张三（法定代表人）",
            ["Input.PledgedOn"] = "2025-03-01",
        });
        foreach (var box in form.QuerySelectorAll("input[name='Input.Measures']").OfType<IHtmlInputElement>())
            box.IsChecked = box.Value is "PowerCut" or "EquipmentSealed";
        return form;
    }

    [Fact]
    public async Task Pledge_PdfIsStored_AndDownloadableFromThePublicPage_OnceApproved()
    {
        await Crew.EnsureAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var form = await FilledFormAsync(officer, "福田封存测试有限公司", "7100001");
        var pdf = TestFiles.Pdf("pledge");
        var page = await HtmlHelpers.GetDocumentAsync(
            await officer.SendWithFilesAsync(form, [], new Upload("承诺书.pdf", pdf, "application/pdf")));
        Assert.True(page.QuerySelector("form#submit") is not null, page.MainText());
        var id = int.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["id"]!, CultureInfo.InvariantCulture);
        var notice = await factory.WithDbAsync(db => db.SealingNotices.IgnoreQueryFilters().SingleAsync(n => n.Id == id));
        Assert.Equal(SealingMeasures.PowerCut | SealingMeasures.EquipmentSealed, notice.Measures);
        var scanId = notice.PledgeScanId!.Value;
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/files/{scanId}")).StatusCode); // not public yet

        page = await officer.SubmitAsync(page, "form#submit");
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        await lead.SubmitAsync($"/staff/registers/entry?register=sealing&id={id}", "form#approve");
        var detail = await anonymous.GetPageAsync($"/lists/sealing/{id}");
        Assert.Contains("断电、封存主体设备", detail.MainText());
        var href = detail.QuerySelector("a#pledge-scan")!.GetAttribute("href")!;
        var response = await anonymous.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("承诺书.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Pledge_ADisguisedFileIsRefused_BesideTheField_AndTheInputIsKept()
    {
        await Crew.EnsureAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var form = await FilledFormAsync(officer, "福田伪装文件测试有限公司", "7100002");
        var html = System.Text.Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");
        var page = await HtmlHelpers.GetDocumentAsync(
            await officer.SendWithFilesAsync(form, [], new Upload("承诺书.pdf", html, "application/pdf")));
        Assert.Equal("文件“承诺书.pdf”不是 JPEG、PNG 或 PDF 格式（按文件内容判断，而非扩展名）。", page.FieldError("PledgeScan"));
        Assert.Equal("2台5吨中频炉", ((IHtmlInputElement)page.QuerySelector("#Input_SealedEquipment")!).Value);
        Assert.True(((IHtmlInputElement)page.QuerySelector("input[name='Input.Measures'][value='PowerCut']")!).IsChecked);
        Assert.Equal(0, await factory.WithDbAsync(db =>
            db.SealingNotices.IgnoreQueryFilters().CountAsync(n => n.Enterprise.Name == "福田伪装文件测试有限公司")));
        Assert.Equal(0, await factory.WithDbAsync(db => db.PublishedFiles.CountAsync(f => f.Data == html)));
    }

    [Fact]
    public async Task ReinspectionDraftFromATip_OpensTheNoticesForm_AndThePublishedPageShowsTheRecordAndTheChange()
    {
        await Crew.EnsureAsync(factory);
        var officer = await StaffLogin.SignInAsync(factory, Crew.Officer);
        var form = await FilledFormAsync(officer, "福田复查测试有限公司", "7100003");
        var page = await HtmlHelpers.GetDocumentAsync(await officer.SendWithFilesAsync(form, []));
        var id = int.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["id"]!, CultureInfo.InvariantCulture);
        await officer.SubmitAsync(page, "form#submit");
        var lead = await StaffLogin.SignInAsync(factory, Crew.Lead);
        await lead.SubmitAsync($"/staff/registers/entry?register=sealing&id={id}", "form#approve");

        var tip = await TipSeed.FileAsync(factory);
        var first17 = "91440304MA7100003";
        var draftId = await factory.WithDbAsync(async db =>
        {
            var draft = new PublicationDraft
            {
                Kind = PublicationDraftKind.Reinspection, TipId = tip.Id,
                DepartmentId = (await db.Departments.SingleAsync(d => d.Code == "440304-yjglj")).Id,
                EnterpriseName = "福田复查测试有限公司", CreditCode = first17 + CreditCode.CheckCharacter(first17), Notes = "夜间偷偷恢复生产",
                CreatedById = 1, CreatedAt = factory.Clock.UtcNow(),
            };
            db.PublicationDrafts.Add(draft);
            await db.SaveChangesAsync();
            return draft.Id;
        });
        var reinspection = await lead.GetPageAsync($"/staff/registers/from-tip/{draftId}");
        Assert.Equal("ProductionResumed", ((IHtmlSelectElement)reinspection.QuerySelector("#Input_Result")!).Value);
        Assert.Contains("夜间偷偷恢复生产", reinspection.QuerySelector("#Input_Notes")!.TextContent);
        page = await lead.SubmitAsync(reinspection, "form#reinspection",
            new() { ["Input.InspectedOn"] = "2025-07-01", ["Input.Inspector"] = "福田区应急管理局" });
        Assert.Equal("已添加复查记录。", page.QuerySelector(".notice.success")!.TextContent.Trim());

        var detail = await factory.CreateClient().GetPageAsync($"/lists/sealing/{id}");
        Assert.Contains("福田区应急管理局", detail.MainText());
        Assert.Contains("复查：2025-07-01", detail.QuerySelector("#changes")!.TextContent);
        Assert.True(await factory.WithDbAsync(db =>
            db.PublicationDrafts.Where(d => d.Id == draftId).Select(d => d.IsCompleted).SingleAsync()));
        Assert.Equal(tip.Id, await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Subject == $"Sealing:{id}" && a.Action == PublicPortal.Web.Features.Publishing.EditorialWorkflow.AuditEdit)
            .Select(a => a.TipId).SingleAsync()));
    }
}
