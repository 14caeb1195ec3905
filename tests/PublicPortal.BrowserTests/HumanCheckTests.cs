using Microsoft.Playwright;
using PublicPortal.BrowserTests.Infrastructure;
using PublicPortal.BrowserTests.Pages;
using PublicPortal.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PublicPortal.BrowserTests;

/// <summary>The human check of 我要举报 in a real browser, at the default difficulty: with JavaScript a Web Worker solves
/// the proof of work while the person types (the page's own thread stays free); without JavaScript the person answers
/// the question.</summary>
[Collection(SharedBrowser.Name)]
public class HumanCheckTests(BrowserFixture browser)
{
    private const string Description = "夜里看到已经封存的冲天炉又在运转，厂区有浓烟。";

    [Fact]
    public async Task WithJavaScript_AWorkerSolvesTheProof_WhileTheMainThreadStaysFree_AndTheFormIsFiled()
    {
        var (context, page) = await browser.NewPageAsync(width: 390, height: 844);
        await using var _ = context;
        // Every task that holds the page's thread for 50 ms or more, from the first byte on.
        await page.AddInitScriptAsync("""
            window.__longTasks = [];
            new PerformanceObserver(list => list.getEntries().forEach(e => window.__longTasks.push(Math.round(e.duration))))
              .observe({ type: 'longtask', buffered: true });
            """);
        var workers = new List<string>();
        page.Worker += (_, worker) => workers.Add(worker.Url);

        var report = await new TipSubmitPage(page).OpenAsync();
        await page.GetByLabel("情况描述（必填，10 至 5000 字）").PressSequentiallyAsync(Description);
        await report.WaitForAutomaticHumanCheckAsync();

        Assert.Contains(workers, url => url.EndsWith("/js/human-check-worker.js", StringComparison.Ordinal));
        Assert.NotEqual("", await page.Locator("input[name='HumanCheck.Proof']").InputValueAsync());
        // The former solver, on the page's thread, held it in one task of 3,444 ms at 17 bits on a 2-core build machine;
        // what is left now is parsing and layout.
        var longTasks = await page.EvaluateAsync<int[]>("() => window.__longTasks");
        Assert.True(longTasks.All(ms => ms < 500), $"long tasks on the page's thread: {string.Join(", ", longTasks)} ms");

        await FillRestAsync(page);
        await report.SubmitAsync();
        await Expect(report.TrackingNumber).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^JB[0-9]{16}$"));
    }

    [Fact]
    public async Task WithJavaScript_ASubmitBeforeTheWorkerIsDone_WaitsForIt()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        // The worker's script arrives only when the test lets it: the person is faster than the proof of work.
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/js/human-check-worker.js", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        var report = await new TipSubmitPage(page).OpenAsync();
        await page.GetByLabel("情况描述（必填，10 至 5000 字）").FillAsync(Description);
        await FillRestAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "提交举报" }).ClickAsync();
        await Expect(report.HumanCheckStatus).ToContainTextAsync("完成后将自动提交");
        Assert.EndsWith("/tips", page.Url, StringComparison.Ordinal);
        release.SetResult();

        await Expect(report.Heading).ToHaveTextAsync("举报已受理", new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task WithoutJavaScript_ThePersonAnswersTheQuestion_AndTheFormIsFiled()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.Server.BaseAddress.ToString().TrimEnd('/'), JavaScriptEnabled = false, Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        var report = await new TipSubmitPage(page).OpenAsync();
        await page.GetByLabel("情况描述（必填，10 至 5000 字）").FillAsync(Description);
        await FillRestAsync(page);

        var question = (await page.Locator("label[for=human-check-answer]").InnerTextAsync()).Trim();
        await Expect(page.Locator("#human-check-hint")).Not.ToBeEmptyAsync();
        await page.GetByLabel(question).FillAsync(HumanCheckReader.Answer(question));
        await Expect(report.HumanCheckStatus).ToBeEmptyAsync(); // nothing solved it for the person
        await report.SubmitAsync();
        await Expect(report.TrackingNumber).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^JB[0-9]{16}$"));
    }

    private static async Task FillRestAsync(IPage page)
    {
        await page.GetByLabel("使用淘汰类工艺装备").CheckAsync();
        await page.GetByLabel("发生地点（必填）").SelectOptionAsync(new SelectOptionValue { Label = "深圳市 福田区" });
        await page.GetByLabel("企业名称（必填）").FillAsync("浏览器测试铸造厂");
        await page.Locator("#identity-anonymous").CheckAsync();
    }
}
