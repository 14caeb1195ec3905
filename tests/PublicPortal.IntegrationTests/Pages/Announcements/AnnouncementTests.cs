using System.Net;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Announcements;

namespace PublicPortal.IntegrationTests.Pages.Announcements;

/// <summary>25 announcements a day apart (公告01 oldest … 公告25 newest), one with Markdown and raw HTML in its body.</summary>
public class AnnouncementFixture : PortalFactory, IAsyncLifetime
{
    public Announcement Newest { get; private set; } = null!;

    public async Task InitializeAsync() => await WithDbAsync(async db =>
    {
        for (var n = 1; n <= 24; n++)
            await RegisterTestData.AnnouncementAsync(db, $"测试公告{n:00}", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(n));
        Newest = await RegisterTestData.AnnouncementAsync(db, "测试公告25", new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc),
            body: "第一段含**加粗**文字。\n\n<script>alert('x')</script>\n\n- 条目一\n- 条目二\n", summary: "关于第25号测试公告的摘要。");
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class AnnouncementTests(AnnouncementFixture factory) : IClassFixture<AnnouncementFixture>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_List_ShowsNewestFirst_TwentyPerPage()
    {
        var first = await _client.GetPageAsync("/announcements");
        var titles = first.Texts(".document-list h2 a");
        Assert.Equal(20, titles.Count);
        Assert.Equal("测试公告25", titles[0]);
        Assert.Equal("测试公告06", titles[^1]);
        Assert.Contains("关于第25号测试公告的摘要。", first.QuerySelector(".document-list li")!.TextContent);
        Assert.NotNull(first.QuerySelector(".pager a[href='/announcements?page=2']"));

        var second = await _client.GetPageAsync("/announcements?page=2");
        Assert.Equal(["测试公告05", "测试公告04", "测试公告03", "测试公告02", "测试公告01"], second.Texts(".document-list h2 a"));
    }

    [Fact]
    public async Task Get_List_Returns400_ForNonNumericPage()
    {
        var page = await _client.GetPageAsync("/announcements?page=abc", HttpStatusCode.BadRequest);
        Assert.Contains("页码应为数字", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Get_Details_RendersMarkdown_AndEscapesRawHtml()
    {
        var page = await _client.GetPageAsync($"/announcements/{factory.Newest.Id}");
        Assert.Equal("测试公告25", page.QuerySelector("h1")!.TextContent.Trim());
        var body = page.QuerySelector(".document-body")!;
        Assert.Equal("加粗", body.QuerySelector("strong")!.TextContent);
        Assert.Equal(2, body.QuerySelectorAll("li").Length);
        Assert.Null(body.QuerySelector("script"));
        Assert.Contains("<script>alert('x')</script>", body.TextContent);
        Assert.StartsWith("测试公告25 - ", page.Title);
        Assert.Equal("关于第25号测试公告的摘要。", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Get_Details_Returns404_ForUnknownId()
    {
        await _client.GetPageAsync("/announcements/999999", HttpStatusCode.NotFound);
    }
}
