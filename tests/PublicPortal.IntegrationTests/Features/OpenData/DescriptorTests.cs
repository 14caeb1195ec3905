using System.IO.Compression;
using System.Text.Json;

namespace PublicPortal.IntegrationTests.Features.OpenData;

public class DescriptorTests(OpenDataFixture factory) : IClassFixture<OpenDataFixture>
{
    private static readonly string[] TableSchemaTypes = ["string", "integer", "number", "boolean", "date", "datetime"];

    /// <summary>Every dataset, in catalogue order.</summary>
    public static readonly string[] SlugList =
        ["phase-out", "annual-lists", "sealing", "cards", "emissions", "quality", "announcements", "requirements", "tip-statistics"];

    public static readonly TheoryData<string> Slugs = new(SlugList);

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Get_DataPackage_DescribesTheCsvHeaderWithTypesAndKey(string slug)
    {
        using var package = JsonDocument.Parse(await _client.GetStringAsync($"/data/{slug}/datapackage.json"));
        var root = package.RootElement;
        Assert.Equal("tabular-data-package", root.GetProperty("profile").GetString());
        Assert.Equal(slug, root.GetProperty("name").GetString());
        Assert.Equal("政府公开数据", root.GetProperty("licenses")[0].GetProperty("name").GetString());
        var resource = root.GetProperty("resources")[0];
        Assert.Equal($"http://localhost/data/{slug}.csv", resource.GetProperty("path").GetString());
        Assert.Equal("\r\n", resource.GetProperty("dialect").GetProperty("lineTerminator").GetString());
        var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
        var header = Downloads.Parse((await Downloads.GetCsvAsync(_client, $"/data/{slug}.csv")).Bytes).Header;
        Assert.Equal(header, fields.Select(f => f.GetProperty("name").GetString()).ToArray());
        Assert.All(fields, f => Assert.Contains(f.GetProperty("type").GetString(),
            TableSchemaTypes));
        var key = resource.GetProperty("schema").GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.NotEmpty(key);
        Assert.All(key, k => Assert.Contains(k, header));
    }

    [Fact]
    public async Task Get_DataPackage_TypesRegisterColumns()
    {
        using var package = JsonDocument.Parse(await _client.GetStringAsync("/data/phase-out/datapackage.json"));
        var types = package.RootElement.GetProperty("resources")[0].GetProperty("schema").GetProperty("fields").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("type").GetString());
        Assert.Equal("integer", types["year"]);
        Assert.Equal("number", types["capacity"]);
        Assert.Equal("date", types["completed_on"]);
        Assert.Equal("datetime", types["published_at"]);
        Assert.Equal("boolean", types["is_sample"]);
        Assert.Equal("string", types["enterprise_name"]);
        // The change log is the package's second resource.
        Assert.Equal("http://localhost/data/phase-out/changes.csv",
            package.RootElement.GetProperty("resources")[1].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Get_DcatCatalog_IsJsonLdListingEveryDatasetWithDistributions()
    {
        var response = await _client.GetAsync("/data/catalog.jsonld");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        using var catalog = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = catalog.RootElement;
        Assert.Equal("dcat:Catalog", root.GetProperty("@type").GetString());
        Assert.Equal("http://www.w3.org/ns/dcat#", root.GetProperty("@context").GetProperty("dcat").GetString());
        var datasets = root.GetProperty("dcat:dataset").EnumerateArray().ToList();
        Assert.Equal(SlugList, datasets.Select(d => d.GetProperty("dct:identifier").GetString()));
        var phaseOut = datasets[0];
        Assert.Equal("dcat:Dataset", phaseOut.GetProperty("@type").GetString());
        Assert.Equal("广东省淘汰落后产能工作协调小组办公室", phaseOut.GetProperty("dct:publisher").GetProperty("foaf:name").GetString());
        Assert.Equal("http://localhost/data#licence", phaseOut.GetProperty("dct:license").GetProperty("@id").GetString());
        Assert.Equal("http://purl.org/cld/freq/continuous", phaseOut.GetProperty("dct:accrualPeriodicity").GetProperty("@id").GetString());
        Assert.StartsWith("2023-06-01T08:00:00+08:00", phaseOut.GetProperty("dct:modified").GetProperty("@value").GetString());
        var downloads = phaseOut.GetProperty("dcat:distribution").EnumerateArray()
            .Select(d => d.GetProperty("dcat:downloadURL").GetProperty("@id").GetString()).ToList();
        Assert.Equal(
            [
                "http://localhost/data/phase-out.csv", "http://localhost/data/phase-out.json",
                "http://localhost/data/phase-out/datapackage.json",
            ],
            downloads);
    }

    [Fact]
    public async Task Get_AllZip_OpensAndHoldsEveryDatasetsCsvAndDataPackage()
    {
        var response = await _client.GetAsync("/data/all.zip");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("catalog.jsonld", names);
        foreach (var slug in SlugList)
        {
            Assert.Contains($"{slug}/data.csv", names);
            Assert.Contains($"{slug}/datapackage.json", names);
        }
        Assert.Contains("phase-out/changes.csv", names);

        using var csv = new MemoryStream();
        await using (var entry = zip.GetEntry("phase-out/data.csv")!.Open()) await entry.CopyToAsync(csv);
        var (header, rows) = Downloads.Parse(csv.ToArray());
        Assert.Equal(5, rows.Count);
        using var package = JsonDocument.Parse(zip.GetEntry("phase-out/datapackage.json")!.Open());
        var resource = package.RootElement.GetProperty("resources")[0];
        Assert.Equal("data.csv", resource.GetProperty("path").GetString()); // relative inside the archive
        Assert.Equal(header, resource.GetProperty("schema").GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()).ToArray());
    }
}
