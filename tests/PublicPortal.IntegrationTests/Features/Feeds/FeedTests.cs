using System.Net;
using System.Xml.Linq;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;

namespace PublicPortal.IntegrationTests.Features.Feeds;

/// <summary>
/// 深圳 福田区: a published phase-out entry, a withdrawn one, a draft, a yellow card. 湛江 赤坎区: an emission violation.
/// 深圳市's 2023 annual list, version 1. Province: an announcement whose title carries a control character (as a paste
/// from a word processor can).
/// </summary>
public class FeedFixture : PortalFactory, IAsyncLifetime
{
    public PhaseOutEntry Published { get; private set; } = null!;
    public PhaseOutEntry Withdrawn { get; private set; } = null!;
    public PhaseOutEntry Draft { get; private set; } = null!;
    public CardListing Card { get; private set; } = null!;
    public EmissionViolation Emission { get; private set; } = null!;

    public async Task InitializeAsync() => await WithDbAsync(async db =>
    {
        var futian = await TestData.EnterpriseAsync(db, "福田订阅测试钢铁有限公司", "440304");
        var chikan = await TestData.EnterpriseAsync(db, "赤坎订阅测试水泥有限公司", "440802");
        Published = await TestData.PhaseOutAsync(db, futian, e =>
        {
            e.Equipment = "450立方米炼铁高炉";
            e.UpdatedAt = new DateTime(2024, 3, 1, 2, 0, 0, DateTimeKind.Utc);
        });
        Withdrawn = await TestData.PhaseOutAsync(db, futian, e =>
        {
            e.Equipment = "30吨转炉";
            e.State = PublicationState.Withdrawn;
            e.WithdrawalReason = "企业名称填写有误";
            e.UpdatedAt = new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc);
            e.WithdrawnAt = e.UpdatedAt;
        });
        Draft = await TestData.PhaseOutAsync(db, futian, e => { e.Equipment = "草稿设备不应公开"; e.State = PublicationState.Draft; });
        Card = await TestData.CardAsync(db, futian, PublicPortal.Web.Features.Registers.Card.Yellow, new DateOnly(2024, 1, 5),
            c => c.UpdatedAt = new DateTime(2024, 1, 6, 0, 0, 0, DateTimeKind.Utc));
        Emission = await TestData.EmissionAsync(db, chikan, e => e.UpdatedAt = new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc));
        var office = db.Departments.First(d => d.Kind == DepartmentKind.CoordinationOffice && d.Jurisdiction.Code == "440300");
        db.AnnualLists.Add(new AnnualList
        {
            JurisdictionId = office.JurisdictionId, Year = 2023, Version = 1, DepartmentId = office.Id, CompiledById = 1,
            PublishedAt = new DateTime(2024, 1, 20, 0, 0, 0, DateTimeKind.Utc), Note = "首次发布",
            Rows = [new AnnualListRow { PhaseOutEntryId = Published.Id, EnterpriseName = futian.Name, CreditCode = futian.CreditCode,
                Equipment = "450立方米炼铁高炉", CapacityUnit = "万吨/年", Measure = "拆除", Place = "深圳市福田区", Department = "深圳市工业和信息化局" }],
        });
        await db.SaveChangesAsync();
        await RegisterTestData.AnnouncementAsync(db, "省级订阅测试公告\u0001（含控制字符）", new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc));
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class FeedTests(FeedFixture factory) : IClassFixture<FeedFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<XDocument> GetFeedAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<XElement> Entries(XDocument feed) => feed.Root!.Elements(Atom + "entry").ToList();

    private static string Title(XElement entry) => entry.Element(Atom + "title")!.Value;

    private static string Href(XElement entry) => entry.Element(Atom + "link")!.Attribute("href")!.Value;

    [Fact]
    public async Task RegisterFeed_IsAtom_WithPublishedAndWithdrawnEntries_NeverDrafts()
    {
        var feed = await GetFeedAsync("/feeds/phase-out.atom");

        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.Equal("http://localhost/feeds/phase-out.atom", feed.Root.Element(Atom + "id")!.Value);
        Assert.StartsWith("年度退出名单", feed.Root.Element(Atom + "title")!.Value);
        Assert.Equal("2024-03-01T10:00:00+08:00", feed.Root.Element(Atom + "updated")!.Value);
        Assert.Contains(feed.Root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");

        var entries = Entries(feed);
        Assert.Equal(2, entries.Count);
        var published = entries[0];
        Assert.Equal("福田订阅测试钢铁有限公司：450立方米炼铁高炉（2023年度）", Title(published));
        Assert.Equal($"http://localhost/lists/phase-out/{factory.Published.Id}", Href(published));
        Assert.Equal(Href(published), published.Element(Atom + "id")!.Value);
        Assert.Equal("2023-06-01T08:00:00+08:00", published.Element(Atom + "published")!.Value);
        Assert.Contains("福田区", published.Element(Atom + "summary")!.Value);
        Assert.Equal("phase-out", published.Element(Atom + "category")!.Attribute("term")!.Value);

        var withdrawn = entries[1];
        Assert.StartsWith("【已撤回】", Title(withdrawn));
        Assert.Contains("企业名称填写有误", withdrawn.Element(Atom + "summary")!.Value);
        Assert.DoesNotContain(entries, e => Title(e).Contains("草稿设备"));
    }

    [Fact]
    public async Task AllFeed_MergesEveryKind_NewestUpdateFirst()
    {
        var entries = Entries(await GetFeedAsync("/feeds/all.atom"));
        var kinds = entries.Select(e => e.Element(Atom + "category")!.Attribute("term")!.Value).ToList();
        Assert.Equal(["announcements", "emissions", "phase-out", "phase-out", "annual-lists", "cards"], kinds);
        // The control character is dropped, not allowed to break the XML.
        Assert.Equal("省级订阅测试公告（含控制字符）", Title(entries[0]));
        Assert.Equal("超标排放：赤坎订阅测试水泥有限公司（颗粒物）", Title(entries[1]));
    }

    [Theory]
    [InlineData("440300", new[] { "phase-out", "phase-out", "annual-lists", "cards" })]
    [InlineData("440304", new[] { "phase-out", "phase-out", "cards" })]
    [InlineData("440305", new string[0])]
    [InlineData("440800", new[] { "emissions" })]
    [InlineData("440000", new[] { "announcements", "emissions", "phase-out", "phase-out", "annual-lists", "cards" })]
    public async Task JurisdictionFeed_CoversThePlaceAndItsCounties(string code, string[] expected)
    {
        var feed = await GetFeedAsync($"/feeds/jurisdictions/{code}.atom");
        Assert.Equal(expected, Entries(feed).Select(e => e.Element(Atom + "category")!.Attribute("term")!.Value));
        Assert.Equal($"http://localhost/feeds/jurisdictions/{code}.atom", feed.Root!.Element(Atom + "id")!.Value);
    }

    [Theory]
    [InlineData("/feeds/unknown.atom")]
    [InlineData("/feeds/jurisdictions/999999.atom")]
    [InlineData("/feeds/jurisdictions/%3Cscript%3E.atom")]
    public async Task UnknownFeed_IsAChinese404(string url)
    {
        var page = await _client.GetPageAsync(url, HttpStatusCode.NotFound);
        Assert.Contains("页面不存在", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Feed_HasETagAndLastModified_AndAnswers304WhenUnchanged()
    {
        var first = await _client.GetAsync("/feeds/cards.atom");
        var lastModified = first.Content.Headers.LastModified;
        Assert.Equal(new DateTimeOffset(2024, 1, 6, 0, 0, 0, TimeSpan.Zero), lastModified);
        Assert.Equal("*", first.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var unchanged = new HttpRequestMessage(HttpMethod.Get, "/feeds/cards.atom");
        unchanged.Headers.IfModifiedSince = lastModified;
        var notModified = await _client.SendAsync(unchanged);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var sameTag = new HttpRequestMessage(HttpMethod.Get, "/feeds/cards.atom");
        sameTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(sameTag)).StatusCode);

        using var otherFeed = new HttpRequestMessage(HttpMethod.Get, "/feeds/sealing.atom");
        otherFeed.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(otherFeed)).StatusCode);

        using var older = new HttpRequestMessage(HttpMethod.Get, "/feeds/cards.atom");
        older.Headers.IfModifiedSince = lastModified!.Value.AddDays(-1);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(older)).StatusCode);
    }

    [Theory]
    [InlineData("/", new[] { "/feeds/all.atom", "/feeds/announcements.atom" })]
    [InlineData("/announcements", new[] { "/feeds/announcements.atom", "/feeds/all.atom" })]
    [InlineData("/lists/phase-out", new[] { "/feeds/phase-out.atom", "/feeds/all.atom" })]
    [InlineData("/lists/phase-out?city=440300", new[] { "/feeds/phase-out.atom", "/feeds/jurisdictions/440300.atom", "/feeds/all.atom" })]
    [InlineData("/lists/cards?city=440300&county=440304",
        new[] { "/feeds/cards.atom", "/feeds/jurisdictions/440304.atom", "/feeds/all.atom" })]
    [InlineData("/lists/emissions", new[] { "/feeds/emissions.atom", "/feeds/all.atom" })]
    [InlineData("/lists/annual", new[] { "/feeds/annual-lists.atom", "/feeds/all.atom" })]
    [InlineData("/policies", new[] { "/feeds/all.atom" })]
    public async Task Pages_AnnounceTheirFeeds_InTheHead(string url, string[] feeds)
    {
        var page = await _client.GetPageAsync(url);
        var links = page.Head!.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']")
            .Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal(feeds, links);
        Assert.All(page.Head.QuerySelectorAll("link[rel=alternate]"), l => Assert.False(string.IsNullOrEmpty(l.GetAttribute("title"))));
    }

    [Fact]
    public async Task ListPage_ShowsAVisibleSubscribeLink()
    {
        var page = await _client.GetPageAsync("/lists/phase-out?city=440300");
        var links = page.QuerySelectorAll("main .feed-links a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("年度退出名单", "/feeds/phase-out.atom"), ("深圳市全部更新", "/feeds/jurisdictions/440300.atom"), ("全部订阅源", "/feeds")], links);
    }

    [Fact]
    public async Task FeedIndex_ListsEveryFeed_AndEveryCity()
    {
        var page = await _client.GetPageAsync("/feeds");
        var urls = page.QuerySelectorAll("main a[type='application/atom+xml']").Select(a => a.GetAttribute("href")).ToList();
        foreach (var slug in new[] { "all", "announcements", "phase-out", "sealing", "cards", "emissions", "quality", "annual-lists" })
            Assert.Contains($"/feeds/{slug}.atom", urls);
        Assert.Contains("/feeds/jurisdictions/440300.atom", urls);
        Assert.Contains("/feeds/jurisdictions/440304.atom", urls);
        foreach (var url in urls.Distinct())
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task AnnualListVersions_AppearInTheirFeed()
    {
        var entries = Entries(await GetFeedAsync("/feeds/annual-lists.atom"));
        var entry = Assert.Single(entries);
        Assert.Equal("深圳市2023年度落后产能退出企业名单（第1版）", Title(entry));
        Assert.Equal("http://localhost/lists/annual/440300/2023/v1", Href(entry));
        Assert.Contains("共 1 家（条）", entry.Element(Atom + "summary")!.Value);
    }
}
