using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Tips;

/// <summary>The portal in reCAPTCHA v2 mode, verifying against <see cref="FakeSiteVerify"/> on loopback.</summary>
public class RecaptchaFactory : PortalFactory
{
    public FakeSiteVerify SiteVerify { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["HumanCheck:Mode"] = "RecaptchaV2",
        ["HumanCheck:RecaptchaVerifyUrl"] = SiteVerify.Url,
        ["HumanCheck:RecaptchaSiteKey"] = "test-site-key",
        ["HumanCheck:RecaptchaSecret"] = "test-secret",
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) SiteVerify.Dispose();
    }
}

public class RecaptchaTests(RecaptchaFactory factory) : IClassFixture<RecaptchaFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_Submit_ShowsTheWidget_AndCspAllowsTheRecaptchaHost()
    {
        var response = await _client.GetAsync("/tips");
        var page = await HtmlHelpers.GetDocumentAsync(response);

        Assert.NotNull(page.QuerySelector("form#tip .g-recaptcha[data-sitekey='test-site-key']"));
        Assert.NotNull(page.QuerySelector("script[src='https://www.recaptcha.net/recaptcha/api.js']"));
        Assert.Null(page.QuerySelector("[name='HumanCheck.Token']"));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' https://www.recaptcha.net", csp);
        Assert.Contains("frame-src https://www.recaptcha.net", csp);
    }

    [Fact]
    public async Task Post_Submit_Passes_WhenSiteVerifySaysSuccess_AndPostsSecretAndResponse()
    {
        var form = await TipForms.OpenAsync(_client);
        SolveWidget(form, FakeSiteVerify.PassingToken);
        var page = await HtmlHelpers.GetDocumentAsync(await _client.SendWithFilesAsync(form, TipForms.Valid()));

        Assert.NotNull(page.QuerySelector("#tracking-number"));
        Assert.Contains(factory.SiteVerify.Posts,
            p => p.GetValueOrDefault("secret") == "test-secret" && p.GetValueOrDefault("response") == FakeSiteVerify.PassingToken);
    }

    [Fact]
    public async Task Post_Submit_ShowsChineseError_WhenSiteVerifySaysFailure()
    {
        var form = await TipForms.OpenAsync(_client);
        var description = "reCAPTCHA 未通过时不应保存的举报内容。";
        SolveWidget(form, "failing-token");
        var page = await HtmlHelpers.GetDocumentAsync(
            await _client.SendWithFilesAsync(form, TipForms.Valid(v => v["Input.Description"] = description)));

        Assert.Equal("人机验证未通过，请重试。", TipForms.ErrorFor(page, "HumanCheck"));
        Assert.Null(page.QuerySelector("#tracking-number"));
        Assert.Contains(factory.SiteVerify.Posts, p => p.GetValueOrDefault("response") == "failing-token");
        Assert.Equal(description, ((IHtmlTextAreaElement)page.QuerySelector("textarea[name='Input.Description']")!).Value.Trim());
    }

    [Fact]
    public async Task Post_Submit_AsksToCompleteTheCheck_WhenWidgetWasNotSolved()
    {
        var form = await TipForms.OpenAsync(_client);
        var before = await factory.WithDbAsync(db => db.Tips.CountAsync());
        var page = await HtmlHelpers.GetDocumentAsync(await _client.SendWithFilesAsync(form, TipForms.Valid()));

        Assert.Equal("请完成人机验证。", TipForms.ErrorFor(page, "HumanCheck"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Tips.CountAsync()));
    }

    /// <summary>What Google's script does when the person ticks the box: a textarea g-recaptcha-response inside the widget.</summary>
    private static void SolveWidget(IHtmlFormElement form, string token)
    {
        var response = form.Owner!.CreateElement("textarea");
        response.SetAttribute("name", "g-recaptcha-response");
        response.TextContent = token;
        form.QuerySelector(".g-recaptcha")!.AppendChild(response);
    }
}
