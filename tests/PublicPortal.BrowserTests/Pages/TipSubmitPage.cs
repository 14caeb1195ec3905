using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PublicPortal.BrowserTests.Pages;

/// <summary>/tips (我要举报): the form, and the receipt it turns into.</summary>
public sealed class TipSubmitPage(IPage page) : PortalPage(page)
{
    public ILocator TrackingNumber => Page.Locator("#tracking-number");
    public ILocator QueryCode => Page.Locator("#query-code");
    public ILocator HumanCheckStatus => Page.Locator(".human-check-status");

    public async Task<TipSubmitPage> OpenAsync(string query = "")
    {
        await GotoAsync("/tips" + query);
        await Expect(Heading).ToHaveTextAsync("我要举报");
        return this;
    }

    /// <summary>Fills the form as a citizen would: anonymous, with one photo.</summary>
    public async Task FillAnonymousAsync(string category, string place, string enterprise, string description, string photoPath)
    {
        await Page.GetByLabel(category).CheckAsync();
        await Page.GetByLabel("发生地点（必填）").SelectOptionAsync(new SelectOptionValue { Label = place });
        await Page.GetByLabel("企业名称（必填）").FillAsync(enterprise);
        await Page.GetByLabel("情况描述（必填，10 至 5000 字）").FillAsync(description);
        await Page.Locator("#Files").SetInputFilesAsync(photoPath);
        await Page.Locator("#identity-anonymous").CheckAsync();
    }

    /// <summary>With JavaScript the browser solves the proof of work by itself; the question can stay empty.</summary>
    public async Task WaitForAutomaticHumanCheckAsync() =>
        await Expect(HumanCheckStatus).ToContainTextAsync("已自动完成验证", new() { Timeout = 30_000 });

    public async Task SubmitAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "提交举报" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("举报已受理");
    }
}

/// <summary>/tips/track (进度查询): look-up form, then the tip-off's status.</summary>
public sealed class TrackPage(IPage page) : PortalPage(page)
{
    public ILocator Status => Page.Locator("#tip-status");
    public ILocator Timeline => Page.Locator("ol.timeline");

    public async Task<TrackPage> LookUpAsync(string trackingNumber, string queryCode)
    {
        await GotoAsync("/tips/track");
        await Page.GetByLabel("受理编号").FillAsync(trackingNumber);
        await Page.GetByLabel("查询码").FillAsync(queryCode);
        await Page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(Page.Locator("main h2").First).ToContainTextAsync(trackingNumber);
        return this;
    }
}
