using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Tips;

/// <summary>A citizen's whole journey through the real forms: file a tip-off, look it up, exchange messages, read the
/// result, rate it.</summary>
public class TipFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Citizen_FilesFollowsUpAndRates_ThroughTheRealForms()
    {
        // 1. File a tip-off, with one photo.
        var receiptPage = await TipForms.SubmitValidAsync(_client, null, TestFiles.Photo());
        var receipt = TipForms.ReadReceipt(receiptPage);
        Assert.Matches(@"^JB\d{16}$", receipt.TrackingNumber);
        Assert.Matches("^[2-9A-HJKMNP-Z]{10}$", receipt.QueryCode);
        Assert.Contains("深圳市福田区应急管理局", receiptPage.QuerySelector(".receipt")!.TextContent);
        var tip = await TipAsync(receipt.TrackingNumber);
        var photo = Assert.Single(tip.Attachments);
        Assert.Equal("image/png", photo.ContentType);

        // 2. Look it up: status timeline and departments.
        var followUp = await TipForms.LookUpAsync(_client, receipt);
        Assert.Equal("已派单", followUp.QuerySelector("#tip-status")!.TextContent.Trim());
        var timeline = followUp.Texts("ol.timeline li");
        Assert.Contains(timeline, t => t.Contains("举报已受理"));
        Assert.Contains(timeline, t => t.Contains("已派送至深圳市福田区应急管理局（主办）办理"));
        Assert.Contains("深圳市福田区应急管理局", followUp.QuerySelector("#h-summary")!.ParentElement!.TextContent);

        // 3. The handling department writes to the citizen (through the service: its pages are tested in Pages/Staff/Tips).
        var department = tip.Assignments.Single().DepartmentId;
        await WithFollowUpAsync(s => s.AddDepartmentMessageAsync(tip.Id, department, "请问中频炉大约几点开始生产？", default));
        followUp = await _client.GetPageAsync("/tips/track");
        var fromDepartment = followUp.QuerySelector("ol.messages li.from-department")!.NormalizedText();
        Assert.Contains("请问中频炉大约几点开始生产？", fromDepartment);
        Assert.Contains("深圳市福田区应急管理局", fromDepartment);

        // 4. The citizen answers through the #message form, with a PDF.
        var pdf = TestFiles.Pdf("monitoring log");
        var sent = await _client.SendWithFilesAsync((IHtmlFormElement)followUp.QuerySelector("form#message")!,
            new Dictionary<string, string> { ["Message.Body"] = "一般晚上十点开始，凌晨四点停。附用电记录。" },
            new Upload("用电记录.pdf", pdf, "application/pdf"));
        followUp = await HtmlHelpers.GetDocumentAsync(sent);
        Assert.Contains("留言已发送", followUp.QuerySelector("main [role=status]")!.TextContent);
        var fromCitizen = followUp.QuerySelector("ol.messages li.from-citizen")!.NormalizedText();
        Assert.Contains("一般晚上十点开始，凌晨四点停。", fromCitizen);
        Assert.Contains("用电记录.pdf", fromCitizen);
        await factory.WithDbAsync(async db =>
        {
            var protector = factory.Services.GetRequiredService<PersonalDataProtector>();
            var message = await db.TipMessages.SingleAsync(m => m.TipId == tip.Id && m.FromCitizen);
            Assert.Equal("一般晚上十点开始，凌晨四点停。附用电记录。", protector.Unprotect(message.BodyCipher));
            var file = await db.TipAttachments.SingleAsync(a => a.TipMessageId == message.Id);
            Assert.Equal("application/pdf", file.ContentType);
            Assert.Equal(pdf, protector.Unprotect(file.DataCipher));
            Assert.Equal("用电记录.pdf", protector.Unprotect(file.FileNameCipher));
        });

        // 5. The department closes it (straight in the database, for the same reason); the citizen reads the result.
        await factory.WithDbAsync(db => db.Tips.Where(t => t.Id == tip.Id).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.Status, TipStatus.Closed).SetProperty(t => t.Finding, TipFinding.Substantiated)
            .SetProperty(t => t.PublicReply, "经现场核查，该企业中频炉已于次日查封。").SetProperty(t => t.ClosedAt, factory.Clock.UtcNow())));
        followUp = await _client.GetPageAsync("/tips/track");
        Assert.Equal("已办结", followUp.QuerySelector("#tip-status")!.TextContent.Trim());
        Assert.Equal("查实", followUp.QuerySelector("#tip-finding")!.TextContent.Trim());
        Assert.Equal("经现场核查，该企业中频炉已于次日查封。", followUp.QuerySelector("#tip-reply")!.TextContent.Trim());
        Assert.Null(followUp.QuerySelector("form#message"));

        // 6. The citizen rates it.
        var rated = await _client.SendAsync((IHtmlFormElement)followUp.QuerySelector("form#rate")!, new Dictionary<string, string>
        {
            ["Rating.Value"] = "Dissatisfied", ["Rating.Comment"] = "查封太晚，希望加强夜间巡查。",
        });
        followUp = await HtmlHelpers.GetDocumentAsync(rated);
        Assert.Contains("感谢您的评价", followUp.QuerySelector("main [role=status]")!.TextContent);
        Assert.Contains("您的评价：不满意（查封太晚，希望加强夜间巡查。）", followUp.QuerySelector("main")!.NormalizedText());
        Assert.Null(followUp.QuerySelector("form#rate"));
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Tips.SingleAsync(t => t.Id == tip.Id);
            Assert.Equal(Satisfaction.Dissatisfied, stored.Rating);
            var protector = factory.Services.GetRequiredService<PersonalDataProtector>();
            Assert.Equal("查封太晚，希望加强夜间巡查。", protector.Unprotect(stored.RatingCommentCipher!));
        });
    }

    [Fact]
    public async Task Post_Lookup_ShowsOneGenericMessage_WhenNumberOrCodeIsWrong()
    {
        var receipt = TipForms.ReadReceipt(await TipForms.SubmitValidAsync(_client));
        var client = factory.CreateClient();
        foreach (var wrong in new[] { receipt with { QueryCode = "ABCDEFGHJK" }, receipt with { TrackingNumber = "JB2000010100000000" } })
        {
            var page = await TipForms.LookUpAsync(client, wrong);
            Assert.Contains("受理编号或查询码不正确", page.QuerySelector("main")!.TextContent);
            Assert.Null(page.QuerySelector("#tip-status"));
        }
        var response = await client.GetAsync("/tips/track");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await HtmlHelpers.GetDocumentAsync(response)).QuerySelector("form#lookup"));
    }

    private Task<Tip> TipAsync(string trackingNumber) => factory.WithDbAsync(db => db.Tips.AsNoTracking().AsSplitQuery()
        .Include(t => t.Attachments).Include(t => t.Assignments).SingleAsync(t => t.TrackingNumber == trackingNumber));

    private async Task WithFollowUpAsync(Func<TipFollowUp, Task> action)
    {
        using var scope = factory.Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<TipFollowUp>());
    }
}
