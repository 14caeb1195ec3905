using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Lists;

/// <summary>The hub and every register page as a newcomer sees them, on the labelled sample data.</summary>
public class HubTests(SampleDataFactory factory) : IClassFixture<SampleDataFactory>
{
    private static readonly string[] Lists = ["/lists/phase-out", "/lists/sealing", "/lists/cards", "/lists/emissions", "/lists/quality"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_Hub_ShowsEachRegisterWithItsCountAndLatestPublicationDate()
    {
        var expected = await factory.WithDbAsync(async db => new Dictionary<string, (int, DateTime)>
        {
            ["/lists/phase-out"] = (await db.PhaseOutEntries.CountAsync(), await db.PhaseOutEntries.MaxAsync(e => e.PublishedAt)),
            ["/lists/sealing"] = (await db.SealingNotices.CountAsync(), await db.SealingNotices.MaxAsync(e => e.PublishedAt)),
            ["/lists/cards"] = (await db.CardListings.CountAsync(), await db.CardListings.MaxAsync(e => e.PublishedAt)),
            ["/lists/emissions"] = (await db.EmissionViolations.CountAsync(), await db.EmissionViolations.MaxAsync(e => e.PublishedAt)),
            ["/lists/quality"] = (await db.QualityFailures.CountAsync(), await db.QualityFailures.MaxAsync(e => e.PublishedAt)),
        });
        var page = await _client.GetPageAsync("/lists");
        foreach (var (url, (count, latest)) in expected)
        {
            var panel = page.QuerySelector($".register-hub a[href='{url}']")!.Closest("li")!;
            Assert.Contains($"共 {count} 条，最近公开于 {latest.ToChinaDateText()}", panel.NormalizedText());
        }
        Assert.NotNull(page.QuerySelector(".register-hub a[href='/requirements']"));
        Assert.Equal("公开名单 - 广东省淘汰落后产能信息公开与监督平台", page.Title);
    }

    [Fact]
    public async Task Get_EveryListAndDetailPage_HasItsOwnTitleDescriptionBreadcrumbsAndSampleBadge()
    {
        var titles = new HashSet<string>();
        var descriptions = new HashSet<string>();
        foreach (var list in Lists)
        {
            var page = await _client.GetPageAsync(list);
            Assert.NotNull(page.QuerySelector("table caption"));
            Assert.All(page.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.NotNull(page.QuerySelector("tbody .badge.sample"));
            var first = page.QuerySelector("tbody tr td:nth-child(2) a")!.GetAttribute("href")!;
            foreach (var doc in new[] { page, await _client.GetPageAsync(first) })
            {
                Assert.True(titles.Add(doc.Title!), $"duplicate title {doc.Title}");
                Assert.True(descriptions.Add(doc.QuerySelector("meta[name=description]")!.GetAttribute("content")!),
                    $"duplicate description on {doc.Url}");
                Assert.Equal("公开名单", doc.QuerySelector(".breadcrumbs li:nth-child(2)")!.TextContent.Trim());
                Assert.NotNull(doc.QuerySelector("main .badge.sample"));
            }
        }
    }
}
