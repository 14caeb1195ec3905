using System.Net;
using System.Text.Json;
using PublicPortal.IntegrationTests.Infrastructure;
using static PublicPortal.IntegrationTests.Features.Open311.Open311Api;

namespace PublicPortal.IntegrationTests.Features.Open311;

/// <summary>GeoReport v2 discovery, service list and service definitions: the spec's required fields in XML and JSON.</summary>
public class Open311DiscoveryAndServicesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Codes =
        ["energy", "environment", "quality", "safety", "technology", "ditiaogang", "restarted", "other"];

    [Theory]
    [InlineData("/open311/discovery")]
    [InlineData(Base + "/discovery")]
    public async Task Discovery_ListsTheV2Endpoint_InBothFormats(string path)
    {
        var client = factory.CreateClient();
        var xml = (await XmlAsync(await client.GetAsync(path + ".xml"))).Root!;
        Assert.Equal("discovery", xml.Name.LocalName);
        foreach (var field in new[] { "changeset", "contact", "key_service" })
            Assert.False(string.IsNullOrWhiteSpace((string?)xml.Element(field)), field);
        var endpoint = xml.Element("endpoints")!.Elements("endpoint").Single();
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", (string?)endpoint.Element("specification"));
        Assert.EndsWith("/open311/v2/", (string?)endpoint.Element("url"));
        Assert.Equal("production", (string?)endpoint.Element("type"));
        Assert.True(DateTimeOffset.TryParse((string?)endpoint.Element("changeset"), out _));
        Assert.Equal(["text/xml", "application/json"], endpoint.Element("formats")!.Elements("format").Select(f => f.Value));

        var json = await JsonAsync(await client.GetAsync(path + ".json"));
        Assert.Equal((string?)xml.Element("changeset"), json.GetProperty("changeset").GetString());
        Assert.Contains("/open311", json.GetProperty("key_service").GetString());
        var e = json.GetProperty("endpoints").EnumerateArray().Single();
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", e.GetProperty("specification").GetString());
        Assert.Equal("production", e.GetProperty("type").GetString());
        Assert.Equal(["text/xml", "application/json"], e.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Services_OnePerTipCategory_WithEveryRequiredField()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync(Base + "/services.xml");
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var xml = (await XmlAsync(response)).Root!;
        Assert.Equal("services", xml.Name.LocalName);
        var services = xml.Elements("service").ToList();
        Assert.Equal(Codes, services.Select(s => (string)s.Element("service_code")!));
        foreach (var s in services)
        {
            foreach (var field in new[] { "service_name", "description", "keywords", "group" })
                Assert.False(string.IsNullOrWhiteSpace((string?)s.Element(field)), field);
            Assert.Equal("true", (string?)s.Element("metadata"));
            Assert.Equal("realtime", (string?)s.Element("type"));
        }
        Assert.Equal("生产、销售“地条钢”",
            (string?)services.Single(s => (string)s.Element("service_code")! == "ditiaogang").Element("service_name"));

        var json = await JsonAsync(await client.GetAsync(Base + "/services.json"));
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(Codes, json.EnumerateArray().Select(s => s.GetProperty("service_code").GetString()));
        foreach (var s in json.EnumerateArray())
        {
            Assert.True(s.GetProperty("metadata").GetBoolean());
            Assert.Equal("realtime", s.GetProperty("type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("service_name").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("group").GetString()));
        }
        Assert.Equal("能耗不达标", json[0].GetProperty("service_name").GetString());
    }

    [Fact]
    public async Task ServiceDefinition_AsksForThePlaceAsARequiredListOfDivisions_AndTheEnterprise()
    {
        var client = factory.CreateClient();
        var xml = (await XmlAsync(await client.GetAsync(Base + "/services/safety.xml"))).Root!;
        Assert.Equal("service_definition", xml.Name.LocalName);
        Assert.Equal("safety", (string?)xml.Element("service_code"));
        var attributes = xml.Element("attributes")!.Elements("attribute").ToList();
        foreach (var a in attributes)
            foreach (var field in new[] { "variable", "code", "datatype", "required", "datatype_description", "order", "description" })
                Assert.NotNull(a.Element(field));
        var place = attributes.Single(a => (string)a.Element("code")! == "place");
        Assert.Equal("singlevaluelist", (string?)place.Element("datatype"));
        Assert.Equal("true", (string?)place.Element("required"));
        Assert.Equal("1", (string?)place.Element("order"));
        var values = place.Element("values")!.Elements("value")
            .ToDictionary(v => (string)v.Element("key")!, v => (string)v.Element("name")!);
        Assert.Equal("深圳市福田区", values["440304"]);
        Assert.Contains("440300", values.Keys); // a city, when the district is not known
        Assert.DoesNotContain("440000", values.Keys); // not a place: a tip-off names a city or county
        Assert.Equal("true", (string?)attributes.Single(a => (string)a.Element("code")! == "enterprise_name").Element("required"));
        Assert.Equal("false", (string?)attributes.Single(a => (string)a.Element("code")! == "credit_code").Element("required"));
        Assert.Equal(attributes.Count, attributes.Select(a => (string)a.Element("order")!).Distinct().Count());

        var json = await JsonAsync(await client.GetAsync(Base + "/services/ditiaogang.json"));
        Assert.Equal("ditiaogang", json.GetProperty("service_code").GetString());
        var jsonPlace = json.GetProperty("attributes").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "place");
        Assert.True(jsonPlace.GetProperty("variable").GetBoolean());
        Assert.True(jsonPlace.GetProperty("required").GetBoolean());
        Assert.Equal(1, jsonPlace.GetProperty("order").GetInt32());
        Assert.Contains(jsonPlace.GetProperty("values").EnumerateArray(), v => v.GetProperty("key").GetString() == "440804");
    }

    [Theory]
    [InlineData(Base + "/services/no-such-service.xml", "xml", HttpStatusCode.NotFound)]
    [InlineData(Base + "/services/no-such-service.json", "json", HttpStatusCode.NotFound)]
    [InlineData(Base + "/services.html", "xml", HttpStatusCode.NotFound)]
    [InlineData(Base + "/services", "xml", HttpStatusCode.NotFound)]
    [InlineData(Base + "/requests/JB2026010100000000.json", "json", HttpStatusCode.NotFound)]
    [InlineData(Base + "/tokens/0123456789abcdef0123456789abcdef.xml", "xml", HttpStatusCode.NotFound)]
    [InlineData(Base + "/no-such-resource.json", "json", HttpStatusCode.NotFound)]
    [InlineData(Base + "/services.json?jurisdiction_id=sfgov.org", "json", HttpStatusCode.NotFound)]
    [InlineData(Base + "/requests.xml?jurisdiction_id=sfgov.org", "xml", HttpStatusCode.NotFound)]
    [InlineData(Base + "/requests.xml?status=pending", "xml", HttpStatusCode.BadRequest)]
    [InlineData(Base + "/requests.xml?service_code=potholes", "xml", HttpStatusCode.BadRequest)]
    [InlineData(Base + "/requests.json?start_date=yesterday", "json", HttpStatusCode.BadRequest)]
    [InlineData(Base + "/requests.json?start_date=2026-11-10&end_date=2026-11-01", "json", HttpStatusCode.BadRequest)]
    public async Task Failures_AreTheSpecsErrorsList_WithTheStatusAsCode(string url, string format, HttpStatusCode status)
    {
        var errors = await ErrorsAsync(await factory.CreateClient().GetAsync(url), format, status);
        Assert.All(errors, e => Assert.Equal((int)status, e.Code));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Description)));
    }

    [Fact]
    public async Task TheRightJurisdictionId_IsAccepted()
    {
        var xml = await XmlAsync(await factory.CreateClient().GetAsync(Base + "/services.xml?jurisdiction_id=gd.gov.cn"));
        Assert.Equal(8, xml.Root!.Elements("service").Count());
    }

    [Fact]
    public async Task DocumentationPage_DescribesBaseUrlKeysAndFieldRules()
    {
        var page = await factory.CreateClient().GetPageAsync("/open311");
        Assert.Equal("Open311 接口说明", page.QuerySelector("h1")!.TextContent.Trim());
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("http://localhost/open311/v2/", text);
        Assert.Contains("api_key", text);
        Assert.Contains("attribute[place]", text);
        Assert.Contains("无法派单", text);
        Assert.Contains("系统管理员", text);
        Assert.NotNull(page.QuerySelector("a[href='/open311/v2/services/safety.xml']"));
    }
}
