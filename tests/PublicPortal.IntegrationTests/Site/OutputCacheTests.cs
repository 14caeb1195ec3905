using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Announcements;
using PublicPortal.Web.Features.Registers;
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
    public async Task Get_Home_IsServedFromCache_AndElderModeAndQueryAreCachedSeparately()
    {
        var anonymous = factory.CreateClient();
        var elder = factory.CreateClient();
        elder.DefaultRequestHeaders.Add("Cookie", $"{ElderMode.Cookie}=1");

        using var first = await anonymous.GetAsync("/?home=1");
        Assert.Null(first.Headers.Age);
        Assert.DoesNotContain("elder", (await HtmlHelpers.GetDocumentAsync(first)).DocumentElement.ClassList);
        using var second = await anonymous.GetAsync("/?home=1");
        Assert.True(second.Headers.Age is not null, "a response served from the output cache carries an Age header");

        // The elder-mode variant has its own entry: rendered on its first request, with the class, then cached in turn…
        using var elderFirst = await elder.GetAsync("/?home=1");
        Assert.Null(elderFirst.Headers.Age);
        Assert.Contains("elder", (await HtmlHelpers.GetDocumentAsync(elderFirst)).DocumentElement.ClassList);
        using var elderSecond = await elder.GetAsync("/?home=1");
        Assert.NotNull(elderSecond.Headers.Age);
        Assert.Contains("elder", (await HtmlHelpers.GetDocumentAsync(elderSecond)).DocumentElement.ClassList);
        // …while the plain variant is still the cached one, without the class.
        using var third = await anonymous.GetAsync("/?home=1");
        Assert.NotNull(third.Headers.Age);
        Assert.DoesNotContain("elder", (await HtmlHelpers.GetDocumentAsync(third)).DocumentElement.ClassList);
        // A different query string is a different entry too.
        using var other = await anonymous.GetAsync("/?home=2");
        Assert.Null(other.Headers.Age);
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
                DepartmentId = office.Id, PublishedAt = uncached.Clock.UtcNow(), State = PublicationState.Published,
            });
            await db.SaveChangesAsync();
        });
        using var response = await client.GetAsync("/");
        Assert.Null(response.Headers.Age);
        Assert.Contains("不缓存对照公告", (await HtmlHelpers.GetDocumentAsync(response)).Body!.TextContent);
    }
}
