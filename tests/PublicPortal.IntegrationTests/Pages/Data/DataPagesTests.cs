using System.Net;
using PublicPortal.IntegrationTests.Features.OpenData;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Pages.Data;

public class DataPagesTests(OpenDataFixture factory) : IClassFixture<OpenDataFixture>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_Catalogue_ShowsEveryDatasetWithPublisherLicenceAndRowCount()
    {
        var page = await _client.GetPageAsync("/data");
        Assert.Equal("开放数据 - 广东省淘汰落后产能信息公开与监督平台", page.Title);
        var sections = page.QuerySelectorAll("section.dataset").ToList();
        Assert.Equal(DescriptorTests.SlugList.Select(s => "dataset-" + s), sections.Select(s => s.Id));
        var phaseOut = page.QuerySelector("#dataset-phase-out")!;
        Assert.Equal("5", phaseOut.QuerySelector(".row-count")!.TextContent.Trim());
        Assert.Equal("2023-06-01", phaseOut.QuerySelector(".last-modified")!.TextContent.Trim());
        Assert.Contains("广东省淘汰落后产能工作协调小组办公室", phaseOut.TextContent);
        Assert.Contains("政府公开数据", phaseOut.TextContent);
        Assert.Equal("3", page.QuerySelector("#dataset-cards .row-count")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#licence"));
        Assert.NotNull(page.QuerySelector("a[href='/data/all.zip']"));
        Assert.NotNull(page.QuerySelector("a[href='/data/catalog.jsonld']"));
    }

    [Theory]
    [MemberData(nameof(DescriptorTests.Slugs), MemberType = typeof(DescriptorTests))]
    public async Task Get_DatasetPage_ShowsTheDictionaryAndDownloads(string slug)
    {
        var page = await _client.GetPageAsync($"/data/{slug}");
        var names = page.QuerySelectorAll("#dictionary tbody th code").Select(c => c.TextContent).ToList();
        var header = Downloads.Parse((await Downloads.GetCsvAsync(_client, $"/data/{slug}.csv")).Bytes).Header;
        Assert.Equal(header, names);
        Assert.All(page.QuerySelectorAll("#dictionary tbody tr"), r => Assert.Equal(4, r.Children.Length));
        var links = page.QuerySelectorAll("#downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/data/{slug}.csv", links);
        Assert.Contains($"/data/{slug}/datapackage.json", links);
    }

    [Fact]
    public async Task Get_PhaseOutPage_ShowsMeaningTypeAndExample_AndYearDownloads()
    {
        var page = await _client.GetPageAsync("/data/phase-out");
        var capacity = page.QuerySelectorAll("#dictionary tbody tr")
            .Single(r => r.QuerySelector("code")!.TextContent == "capacity").NormalizedText();
        Assert.Contains("数值", capacity);
        Assert.Contains("产能", capacity);
        Assert.Contains("55", capacity);
        Assert.Equal("5", page.QuerySelector("#dataset-facts .row-count")!.TextContent.Trim());
        var links = page.QuerySelectorAll("#downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/data/phase-out/latest.csv", links);
        Assert.Contains("/data/phase-out/2022.json", links);
        Assert.Contains("/data/phase-out/changes.csv", links);
    }

    [Fact]
    public async Task Get_UnknownDatasetOrBadPage_IsAChineseErrorPage()
    {
        var missing = await _client.GetAsync("/data/no-such-data");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var bad = await _client.GetAsync("/data/quality?page=abc");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("页码应为数字", (await HtmlHelpers.GetDocumentAsync(bad)).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Get_HomeFooterAndSitemap_LinkTheCatalogue()
    {
        Assert.NotNull((await _client.GetPageAsync("/")).QuerySelector("main a[href='/data']"));
        Assert.NotNull((await _client.GetPageAsync("/about")).QuerySelector("footer a[href='/data']"));
        Assert.NotNull((await _client.GetPageAsync("/sitemap")).QuerySelector("main a[href='/data']"));
    }
}
