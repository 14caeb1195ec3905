using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Security;

/// <summary>
/// ASVS 5.0 V5.2.1 (file size), V5.2.2 (type by content) and the number of files, on both places a citizen uploads: the
/// report form (5 files of 10 MB) and the follow-up message on the tracking page (3 files). Each refusal is a Chinese
/// message beside the file field, and nothing is stored. (One byte over 10 MB and exactly 10 MB on the report form are in
/// Pages/Tips/SubmitTests; the request-size ceilings are [RequestSizeLimit] on the two pages, answered by the 413 page.)
/// </summary>
public class UploadLimitsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Upload Png(int i) => new($"照片{i}.png", TestFiles.Png(), "image/png");

    [Fact]
    public async Task ReportForm_SixFiles_IsRefused_AndNothingIsStored()
    {
        var enterprise = TipSeed.Enterprise("上传上限");
        var client = factory.CreateClient();
        var form = await TipForms.OpenAsync(client);
        var response = await TipForms.SubmitAsync(client, form, TipForms.Valid(v => v["Input.EnterpriseName"] = enterprise),
            [.. Enumerable.Range(1, 6).Select(Png)]);
        var page = await HtmlHelpers.GetDocumentAsync(response);
        Assert.Null(page.QuerySelector("#tracking-number"));
        Assert.Contains("最多上传 5 个文件", TipForms.ErrorFor(page, "Files"));
        Assert.Equal(enterprise, page.QuerySelector("#Input_EnterpriseName")!.GetAttribute("value")); // the input is kept
        Assert.False(await factory.WithDbAsync(db => db.Tips.AnyAsync(t => t.EnterpriseName == enterprise)));
    }

    [Fact]
    public async Task ReportForm_AFileThatIsNotAnImageOrPdf_ByItsContent_IsRefused()
    {
        var enterprise = TipSeed.Enterprise("上传类型");
        var client = factory.CreateClient();
        var form = await TipForms.OpenAsync(client);
        var script = new Upload("照片.png", "<script>alert(1)</script>"u8.ToArray(), "image/png"); // named and typed as PNG
        var page = await HtmlHelpers.GetDocumentAsync(await TipForms.SubmitAsync(client, form,
            TipForms.Valid(v => v["Input.EnterpriseName"] = enterprise), script));
        Assert.Contains("不是 JPEG、PNG 或 PDF 格式", TipForms.ErrorFor(page, "Files"));
        Assert.False(await factory.WithDbAsync(db => db.Tips.AnyAsync(t => t.EnterpriseName == enterprise)));
    }

    [Fact]
    public async Task TrackingPage_FourFiles_OrOneTooLarge_IsRefused_AndNoMessageIsStored()
    {
        var tip = await TipSeed.FileAsync(factory);
        var client = factory.CreateClient();
        await TipForms.LookUpAsync(client, new TipForms.Receipt(tip.TrackingNumber, tip.QueryCode));
        var before = await MessagesAsync(tip.Id);

        var page = await SendMessageAsync(client, "补充四张照片", [.. Enumerable.Range(1, 4).Select(Png)]);
        Assert.Contains("最多上传 3 个文件", TipForms.ErrorFor(page, "Files"));
        Assert.Equal("补充四张照片", page.QuerySelector("#Message_Body")!.TextContent);

        var big = new Upload("大照片.png", [.. TestFiles.Png(), .. new byte[10 * 1024 * 1024]], "image/png");
        page = await SendMessageAsync(client, "补充一张大照片", big);
        Assert.Contains("超过 10 MB", TipForms.ErrorFor(page, "Files"));

        Assert.Equal(before, await MessagesAsync(tip.Id));
        Assert.Equal(0, await factory.WithDbAsync(db => db.TipAttachments.CountAsync(a => a.TipId == tip.Id)));

        // The control: the same form with one small photo goes through.
        page = await SendMessageAsync(client, "补充一张照片", Png(1));
        Assert.Contains("留言已发送", page.MainText());
        Assert.Equal(before + 1, await MessagesAsync(tip.Id));
    }

    private Task<int> MessagesAsync(int tipId) => factory.WithDbAsync(db => db.TipMessages.CountAsync(m => m.TipId == tipId));

    private static async Task<IHtmlDocument> SendMessageAsync(HttpClient client, string body, params Upload[] files)
    {
        var track = await client.GetPageAsync("/tips/track");
        var form = (IHtmlFormElement)track.QuerySelector("form#message")!;
        return await HtmlHelpers.GetDocumentAsync(
            await client.SendWithFilesAsync(form, new Dictionary<string, string> { ["Message.Body"] = body }, files));
    }
}
