using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Features.OpenData;

public partial class DownloadTests(OpenDataFixture factory) : IClassFixture<OpenDataFixture>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>The ids a list page links to, across all its pages (each row links /lists/{register}/{id}).</summary>
    private async Task<List<int>> PageIdsAsync(string listPath, string query)
    {
        var page = await _client.GetPageAsync(listPath + query);
        return page.QuerySelectorAll("tbody tr a[href^='" + listPath + "/']")
            .Select(a => int.Parse(IdPattern().Match(a.GetAttribute("href")!).Value, CultureInfo.InvariantCulture)).Order().ToList();
    }

    [GeneratedRegex(@"\d+$")]
    private static partial Regex IdPattern();

    [Theory]
    [InlineData("phase-out", "/lists/phase-out", "?city=440300&year=2023")]
    [InlineData("phase-out", "/lists/phase-out", "?status=Accepted")]
    [InlineData("phase-out", "/lists/phase-out", "?q=高炉&county=440305")]
    [InlineData("phase-out", "/lists/phase-out", "?industry=cement")]
    [InlineData("cards", "/lists/cards", "?card=red")]
    [InlineData("cards", "/lists/cards", "?card=yellow&county=440305")]
    [InlineData("sealing", "/lists/sealing", "?status=Overdue")]
    [InlineData("emissions", "/lists/emissions", "?serious=1")]
    [InlineData("quality", "/lists/quality", "?city=440300")]
    public async Task Get_FilteredDownload_HasTheSameRowsAsTheListPage(string slug, string listPath, string query)
    {
        var page = await PageIdsAsync(listPath, query);
        Assert.NotEmpty(page);
        Assert.Equal(page, await Downloads.IdsAsync(_client, $"/data/{slug}.csv{query}"));
        using var json = System.Text.Json.JsonDocument.Parse(await _client.GetStringAsync($"/data/{slug}.json{query}"));
        Assert.Equal(page,
            json.RootElement.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()).Order().ToList());
    }

    [Fact]
    public async Task Get_ListPage_LinksToTheDownloadWithItsFilters()
    {
        var page = await _client.GetPageAsync("/lists/cards?card=red&page=1&sort=oldest");
        var links = page.QuerySelectorAll(".data-downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/data/cards.csv?card=red", links);
        Assert.Contains("/data/cards.json?card=red", links);
    }

    [Theory]
    [InlineData("/data/phase-out.csv?year=20x3", "年份应为四位数字")]
    [InlineData("/data/phase-out.json?city=999999", "未知的地市代码")]
    [InlineData("/data/cards.csv?card=blue", "未知的名单类别筛选条件")]
    [InlineData("/data/sealing.csv?status=Nope", "未知的状态筛选条件")]
    [InlineData("/data/phase-out/2023.csv?county=440305&city=440800", "不属于")]
    public async Task Get_MalformedFilter_Is400WithAChineseMessage(string url, string message)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await HtmlHelpers.GetDocumentAsync(response)).QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData("/data/nothing.csv")]
    [InlineData("/data/phase-out.xml")]
    [InlineData("/data/phase-out/1999.csv")]
    [InlineData("/data/requirements/latest.csv")]
    [InlineData("/data/annual-lists/440300/2023/v9.csv")]
    [InlineData("/data/nothing")]
    public async Task Get_UnknownDatasetFormatOrYear_Is404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(url)).StatusCode);

    [Fact]
    public async Task Get_Year_HasOnlyThatYear_AndLatestServesTheNewestYearNamingItsUrl()
    {
        Assert.Equal([factory.Earlier.Id], await Downloads.IdsAsync(_client, "/data/phase-out/2022.csv"));
        var year2023 = await Downloads.IdsAsync(_client, "/data/phase-out/2023.csv");
        Assert.Equal(4, year2023.Count);
        Assert.DoesNotContain(factory.Earlier.Id, year2023);

        var latest = await _client.GetAsync("/data/phase-out/latest.csv");
        Assert.Equal(HttpStatusCode.OK, latest.StatusCode);
        Assert.Equal("/data/phase-out/2023.csv", latest.Content.Headers.ContentLocation?.OriginalString);
        Assert.Contains("</data/phase-out/2023.csv>; rel=\"canonical\"", latest.Headers.GetValues("Link"));
        Assert.Equal(year2023, Downloads.Parse(await latest.Content.ReadAsByteArrayAsync()).Rows
            .Select(r => int.Parse(r["id"], CultureInfo.InvariantCulture)).Order().ToList());
    }

    [Fact]
    public async Task Get_Download_AnswersConditionalRequestsWith304()
    {
        var first = await _client.GetAsync("/data/phase-out.csv?city=440300");
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;
        Assert.Equal(new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero), lastModified);

        var again = new HttpRequestMessage(HttpMethod.Get, "/data/phase-out.csv?city=440300");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var since = new HttpRequestMessage(HttpMethod.Get, "/data/phase-out.csv?city=440300");
        since.Headers.IfModifiedSince = lastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(since)).StatusCode);

        // Another query is another representation: its tag differs, so the old tag gets the full file.
        var other = new HttpRequestMessage(HttpMethod.Get, "/data/phase-out.csv?city=440800");
        other.Headers.IfNoneMatch.Add(etag);
        var otherResponse = await _client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, otherResponse.StatusCode);
        Assert.NotEqual(etag, otherResponse.Headers.ETag);
    }

    [Fact]
    public async Task Get_Download_ChangesItsETagWhenARowChanges()
    {
        var before = (await _client.GetAsync("/data/quality.csv")).Headers.ETag!;
        await factory.WithDbAsync(async db =>
        {
            var row = db.QualityFailures.Single();
            row.UpdatedAt = row.UpdatedAt.AddDays(1);
            await db.SaveChangesAsync();
        });
        var request = new HttpRequestMessage(HttpMethod.Get, "/data/quality.csv");
        request.Headers.IfNoneMatch.Add(before);
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(before, response.Headers.ETag);
    }

    [Fact]
    public async Task Get_Download_AllowsAnyOrigin_AndAnswersPreflight()
    {
        var get = await _client.GetAsync("/data/cards.json");
        Assert.Equal("*", get.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.True(get.Headers.CacheControl!.NoCache); // keep, but revalidate (ETag)

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/data/cards.json");
        preflight.Headers.Add("Origin", "https://newsroom.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        var answer = await _client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode); // answered by the filter: the GET handler never ran
        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", answer.Headers.GetValues("Access-Control-Allow-Methods").Single());

        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/data/cards.csv"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("*", head.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.NotNull(head.Headers.ETag);
    }

    [Fact]
    public async Task Get_Csv_IsAnAttachmentNamedForTheDataset()
    {
        var response = await _client.GetAsync("/data/cards/2023.csv");
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("cards-2023.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Get_RequirementsAndStatistics_AreAvailable_WithoutPersonalFields()
    {
        var requirements = Downloads.Parse((await Downloads.GetCsvAsync(_client, "/data/requirements.csv")).Bytes);
        Assert.NotEmpty(requirements.Rows); // loaded from content/requirements at start-up
        Assert.Contains(requirements.Rows, r => r["standards"].Contains("GB 16780-2012"));
        var stats = Downloads.Parse((await Downloads.GetCsvAsync(_client, "/data/tip-statistics.csv")).Bytes);
        Assert.Equal(["month", "department", "received", "signed_on_time", "closed", "closed_on_time", "overdue", "extensions",
            "median_working_days", "rated", "satisfied", "dissatisfied"], stats.Header);
    }
}
