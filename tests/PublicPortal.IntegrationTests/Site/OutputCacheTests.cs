using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Announcements;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Site;

/// <summary>The portal with the output cache on, as deployed (Site:CacheSeconds=60).</summary>
public class CachingFactory : PortalFactory
{
    protected override int CacheSeconds => 60;
}

public class OutputCacheTests(CachingFactory factory) : IClassFixture<CachingFactory>
{
    [Fact]
    public async Task Get_Home_IsServedFromCache_AndElderModeIsCachedSeparately()
    {
        var anonymous = factory.CreateClient();
        var elder = factory.CreateClient();
        elder.DefaultRequestHeaders.Add("Cookie", $"{ElderMode.Cookie}=1");

        var first = await anonymous.GetPageAsync("/");
        Assert.DoesNotContain("elder", first.DocumentElement.ClassList);
        const string title = "缓存测试公告：新公告在缓存过期前不显示";
        Assert.DoesNotContain(title, first.Body!.TextContent);
        await factory.WithDbAsync(async db =>
        {
            var province = await db.Jurisdictions.SingleAsync(j => j.Code == "440000");
            var office = await db.Departments.FirstAsync(d => d.JurisdictionId == province.Id);
            db.Announcements.Add(new Announcement
            {
                Title = title, Summary = "摘要", BodyMarkdown = "正文", JurisdictionId = province.Id, DepartmentId = office.Id,
                PublishedAt = DateTime.UtcNow, State = PublicationState.Published,
            });
            await db.SaveChangesAsync();
        });

        using var second = await anonymous.GetAsync("/");
        Assert.True(second.Headers.Age is not null, "a response served from the output cache carries an Age header");
        Assert.DoesNotContain(title, (await HtmlHelpers.GetDocumentAsync(second)).Body!.TextContent);

        // The elder-mode variant has its own cache entry: rendered now, so it shows the new announcement…
        var elderPage = await elder.GetPageAsync("/");
        Assert.Contains("elder", elderPage.DocumentElement.ClassList);
        Assert.Contains(title, elderPage.Body!.TextContent);
        // …while the plain variant is still the cached one, without the class.
        var third = await anonymous.GetPageAsync("/");
        Assert.DoesNotContain("elder", third.DocumentElement.ClassList);
        Assert.DoesNotContain(title, third.Body!.TextContent);
        // A different query string is a different entry too.
        Assert.Contains(title, (await anonymous.GetPageAsync("/?v=2")).Body!.TextContent);
    }

    [Fact]
    public async Task Get_WithCacheOff_RendersEveryTime()
    {
        // Control: the default test factory (cache off) shows a new announcement at once, so the test above is about caching.
        using var uncached = new PortalFactory();
        var client = uncached.CreateClient();
        await client.GetPageAsync("/");
        await uncached.WithDbAsync(async db =>
        {
            var office = await db.Departments.FirstAsync(d => d.Jurisdiction.Code == "440000");
            db.Announcements.Add(new Announcement
            {
                Title = "不缓存对照公告", Summary = "摘要", BodyMarkdown = "正文", JurisdictionId = office.JurisdictionId,
                DepartmentId = office.Id, PublishedAt = DateTime.UtcNow, State = PublicationState.Published,
            });
            await db.SaveChangesAsync();
        });
        using var response = await client.GetAsync("/");
        Assert.Null(response.Headers.Age);
        Assert.Contains("不缓存对照公告", (await HtmlHelpers.GetDocumentAsync(response)).Body!.TextContent);
    }
}
