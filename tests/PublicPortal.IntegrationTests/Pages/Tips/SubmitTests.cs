using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Tips;

/// <summary>The 我要举报 form refuses what it cannot accept, says why in Chinese next to the field, keeps what the
/// person typed, and stores nothing. One factory per test: each asserts that no tip-off exists.</summary>
public class SubmitTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly HttpClient _client;

    public SubmitTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Post_Submit_ReRendersWithErrors_WhenEveryRequiredFieldIsMissing()
    {
        var form = await TipForms.OpenAsync(_client);
        var page = await PostAsync(form, new Dictionary<string, string>());

        Assert.Equal("请选择举报类别", TipForms.ErrorFor(page, "Input.Category"));
        Assert.Equal("请选择发生地点（县、市、区）", TipForms.ErrorFor(page, "Input.Place"));
        Assert.Equal("请填写被举报企业名称", TipForms.ErrorFor(page, "Input.EnterpriseName"));
        Assert.Equal("请描述您看到的情况", TipForms.ErrorFor(page, "Input.Description"));
        Assert.Equal("请选择实名或匿名举报", TipForms.ErrorFor(page, "Input.Identity"));
        Assert.Contains("提交未成功", page.QuerySelector("main")!.TextContent);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_Submit_ReRendersWithError_WhenDescriptionMissing_AndKeepsTheOtherInput()
    {
        var form = await TipForms.OpenAsync(_client);
        var page = await PostAsync(form, TipForms.Valid(v => v["Input.Description"] = ""));

        Assert.Equal("请描述您看到的情况", TipForms.ErrorFor(page, "Input.Description"));
        Assert.Equal("福田测试冶炼有限公司", ((IHtmlInputElement)page.QuerySelector("[name='Input.EnterpriseName']")!).Value);
        Assert.Equal("440304", ((IHtmlSelectElement)page.QuerySelector("[name='Input.Place']")!).Value);
        Assert.True(((IHtmlInputElement)page.QuerySelector("[name='Input.Category'][value=Safety]")!).IsChecked);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_Submit_KeepsTheDescription_WhenCategoryMissing()
    {
        var form = await TipForms.OpenAsync(_client);
        var page = await PostAsync(form, TipForms.Valid(v => v.Remove("Input.Category")));

        Assert.Equal("请选择举报类别", TipForms.ErrorFor(page, "Input.Category"));
        Assert.Equal(TipForms.Valid()["Input.Description"], DescriptionShown(page));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_Submit_ReRendersWithError_WhenCreditCodeFailsItsCheckCharacter()
    {
        var form = await TipForms.OpenAsync(_client);
        var page = await PostAsync(form, TipForms.Valid(v => v["Input.CreditCode"] = "91440300MA5FXXXX1A"));

        Assert.Contains("统一社会信用代码校验不通过", TipForms.ErrorFor(page, "Input.CreditCode"));
        Assert.Equal("91440300MA5FXXXX1A", ((IHtmlInputElement)page.QuerySelector("[name='Input.CreditCode']")!).Value);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_Submit_ReRendersWithError_WhenNamedWithoutNameOrContact()
    {
        var form = await TipForms.OpenAsync(_client);
        var page = await PostAsync(form, TipForms.Valid(v => v["Input.Identity"] = "named"));

        Assert.Equal("实名举报请填写姓名", TipForms.ErrorFor(page, "Input.Name"));
        Assert.Contains("实名举报请至少留下电话或电子邮箱之一", TipForms.ErrorFor(page, "Input.Phone"));
        Assert.True(((IHtmlInputElement)page.QuerySelector("[name='Input.Identity'][value=named]")!).IsChecked);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_Submit_ReRendersWithError_WhenFileIsNotReallyAnImage()
    {
        var form = await TipForms.OpenAsync(_client);
        var text = new Upload("现场照片.png", "这不是图片，只是改了扩展名的文本文件"u8.ToArray(), "image/png");
        var page = await PostAsync(form, TipForms.Valid(), text);

        Assert.Contains("文件“现场照片.png”不是 JPEG、PNG 或 PDF 格式", TipForms.ErrorFor(page, "Files"));
        Assert.Contains("请重新选择文件", page.QuerySelector("main")!.TextContent);
        Assert.Equal(TipForms.Valid()["Input.Description"], DescriptionShown(page));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_Submit_ReRendersWithError_WhenFileIsOneByteOverTenMegabytes()
    {
        var form = await TipForms.OpenAsync(_client);
        var big = new Upload("大照片.png", [.. TestFiles.Png(), .. new byte[10 * 1024 * 1024 + 1 - TestFiles.Png().Length]], "image/png");
        var page = await PostAsync(form, TipForms.Valid(), big);

        Assert.Contains("文件“大照片.png”超过 10 MB", TipForms.ErrorFor(page, "Files"));
        Assert.Contains("请重新选择文件", page.QuerySelector("main")!.TextContent);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_Submit_AcceptsAFileOfExactlyTenMegabytes()
    {
        var form = await TipForms.OpenAsync(_client);
        var limit = new Upload("大照片.png", [.. TestFiles.Png(), .. new byte[10 * 1024 * 1024 - TestFiles.Png().Length]], "image/png");
        var page = await PostAsync(form, TipForms.Valid(), limit);

        Assert.NotNull(page.QuerySelector("#tracking-number"));
        // Stored re-encoded: the picture without the 10 MB of padding after its end.
        Assert.InRange(await _factory.WithDbAsync(db => db.TipAttachments.Select(a => a.Length).SingleAsync()), 1, 1024);
    }

    [Fact]
    public async Task Post_Submit_ReRendersWithError_WhenChallengeAnswerIsWrong()
    {
        var form = await TipForms.OpenAsync(_client);
        Assert.NotEqual("0", TipForms.Answer(form).Value); // no question's answer is 0 (nor 零)
        HtmlHelpers.Fill(form, TipForms.Valid());
        var response = await _client.SendWithFilesAsync(form, [new("HumanCheck.Answer", "0")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlHelpers.GetDocumentAsync(response);
        Assert.Equal("人机验证答案不正确，请回答新的验证问题后重新提交。", TipForms.ErrorFor(page, "HumanCheck"));
        Assert.NotNull(page.QuerySelector("label[for=human-check-answer]")); // a new question to answer
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Post_Submit_StoresNothing_WhenHoneypotIsFilled()
    {
        var form = await TipForms.OpenAsync(_client);
        var page = await PostAsync(form, TipForms.Valid(v => v["Input.Website"] = "http://spam.example"));

        Assert.Null(page.QuerySelector("#tracking-number"));
        Assert.Contains("提交未成功", page.QuerySelector("main")!.TextContent);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Get_Submit_PrefillsFromASealingNotice()
    {
        var notice = await _factory.WithDbAsync(async db =>
            await TestData.SealingAsync(db, await TestData.EnterpriseAsync(db, "宝安测试玻璃有限公司", "440306")));
        var form = await TipForms.OpenAsync(_client, $"/tips?source=sealing&id={notice.Id}");

        Assert.Equal("宝安测试玻璃有限公司", ((IHtmlInputElement)form.QuerySelector("[name='Input.EnterpriseName']")!).Value);
        Assert.Equal("440306", ((IHtmlSelectElement)form.QuerySelector("[name='Input.Place']")!).Value);
        Assert.True(((IHtmlInputElement)form.QuerySelector("[name='Input.Category'][value=Restarted]")!).IsChecked);
    }

    /// <summary>Posts with the right challenge answer: whatever fails is the form's own validation.</summary>
    private async Task<IHtmlDocument> PostAsync(IHtmlFormElement form, Dictionary<string, string> values, params Upload[] files)
    {
        var response = await TipForms.SubmitAsync(_client, form, values, files);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // invalid → Page(), no redirect
        return await HtmlHelpers.GetDocumentAsync(response);
    }

    private static string DescriptionShown(IHtmlDocument page) =>
        ((IHtmlTextAreaElement)page.QuerySelector("textarea[name='Input.Description']")!).Value.Trim();

    private async Task AssertNothingStoredAsync()
    {
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Tips.CountAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.TipAttachments.CountAsync()));
    }
}
