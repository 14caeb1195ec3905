using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Infrastructure;
using static PublicPortal.IntegrationTests.Features.Open311.Open311Api;
using static PublicPortal.IntegrationTests.Infrastructure.Crew;

namespace PublicPortal.IntegrationTests.Features.Open311;

/// <summary>GET requests and requests/{id}: the spec's fields, public-safe only; the description only once the reply is
/// published.</summary>
public class Open311RequestsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly TipsterIdentity Tipster = new("张三丰", "13912345678", "zhang.sanfeng@example.com");
    private static readonly string[] RequiredFields =
        ["service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible",
         "requested_datetime", "updated_datetime", "expected_datetime", "address"];

    [Fact]
    public async Task ARequest_HasTheSpecsFields_InBothFormats_AndNothingAboutTheTipster()
    {
        var enterprise = TipSeed.Enterprise("公开字段测试");
        var filed = await TipSeed.FileAsync(factory, enterprise: enterprise, identity: Tipster);
        var tip = await TipSeed.LoadAsync(factory, filed.Id);
        var agency = await factory.WithDbAsync(db => db.Departments.Where(d => d.Code == "440304-yjglj")
            .Select(d => d.Name).SingleAsync());
        var client = factory.CreateClient();

        var xmlResponse = await client.GetAsync($"{Base}/requests/{filed.TrackingNumber}.xml");
        Assert.Equal("*", xmlResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var xml = await XmlAsync(xmlResponse);
        Assert.Equal("service_requests", xml.Root!.Name.LocalName);
        var request = xml.Root.Elements("request").Single();
        foreach (var field in RequiredFields) Assert.NotNull(request.Element(field));
        Assert.Equal(filed.TrackingNumber, Field(request, "service_request_id"));
        Assert.Equal("open", Field(request, "status"));
        Assert.False(string.IsNullOrWhiteSpace(Field(request, "status_notes")));
        Assert.Equal("safety", Field(request, "service_code"));
        Assert.Equal("安全生产条件不达标", Field(request, "service_name"));
        Assert.Equal(agency, Field(request, "agency_responsible"));
        Assert.Equal("深圳市福田区", Field(request, "address"));
        Assert.Null(Field(request, "description"));
        Assert.Null(request.Element("lat"));
        Assert.Null(request.Element("long"));
        AssertChinaTime(Field(request, "requested_datetime")!, tip.SubmittedAt);
        AssertChinaTime(Field(request, "updated_datetime")!, tip.UpdatedAt);
        Assert.Equal($"{tip.CloseDueOn:yyyy-MM-dd}T23:59:59+08:00", Field(request, "expected_datetime"));

        var json = await JsonAsync(await client.GetAsync($"{Base}/requests/{filed.TrackingNumber}.json"));
        var item = json.EnumerateArray().Single();
        foreach (var field in RequiredFields) Assert.True(item.TryGetProperty(field, out _), field);
        Assert.Equal(filed.TrackingNumber, item.GetProperty("service_request_id").GetString());
        Assert.Equal("open", item.GetProperty("status").GetString());
        Assert.Equal(agency, item.GetProperty("agency_responsible").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("description").ValueKind);
        Assert.Equal(Field(request, "expected_datetime"), item.GetProperty("expected_datetime").GetString());
        Assert.False(item.TryGetProperty("lat", out _));

        var listBody = await (await client.GetAsync($"{Base}/requests.json")).Content.ReadAsStringAsync();
        foreach (var body in new[] { xml.ToString(), json.GetRawText(), listBody })
            AssertNothingPrivate(body, enterprise);
    }

    [Fact]
    public async Task TheDescription_IsThePublishedReply_OnlyOnceTheLeadApprovedTheClosure()
    {
        await EnsureAsync(factory);
        var enterprise = TipSeed.Enterprise("答复公开测试");
        var filed = await TipSeed.FileAsync(factory, enterprise: enterprise, identity: Tipster);
        const string reply = "经查属实，已责令该企业停产整改，中频炉已查封。";
        await DoAsync(factory, Officer, w => w.SignAsync(filed.Id, default));
        await DoAsync(factory, Officer, w => w.ProposeCloseAsync(filed.Id, TipFinding.Substantiated, reply, default));

        // Proposed but not yet approved: not published.
        var pending = await RequestAsync(filed.TrackingNumber);
        Assert.Equal("open", Field(pending, "status"));
        Assert.Null(Field(pending, "description"));
        Assert.DoesNotContain(reply, pending.ToString());

        await DoAsync(factory, Lead, w => w.ApproveCloseAsync(filed.Id, default));
        var closed = await RequestAsync(filed.TrackingNumber);
        Assert.Equal("closed", Field(closed, "status"));
        Assert.Equal($"核查结论：查实。{reply}", Field(closed, "description"));
        Assert.Contains("已办结", Field(closed, "status_notes"));
        AssertNothingPrivate(closed.ToString(), enterprise);

        var json = (await JsonAsync(await factory.CreateClient().GetAsync($"{Base}/requests/{filed.TrackingNumber}.json")))
            .EnumerateArray().Single();
        Assert.Equal("closed", json.GetProperty("status").GetString());
        Assert.Equal($"核查结论：查实。{reply}", json.GetProperty("description").GetString());
    }

    [Fact]
    public async Task TheList_FiltersByIdCodeStatusAndDates()
    {
        await EnsureAsync(factory);
        var open = await TipSeed.FileAsync(factory);
        var energy = await TipSeed.FileAsync(factory, category: TipCategory.Energy, place: "440800");
        var closed = await TipSeed.FileAsync(factory);
        await DoAsync(factory, Officer, w => w.SignAsync(closed.Id, default));
        await DoAsync(factory, Officer, w => w.ProposeCloseAsync(closed.Id, TipFinding.Unsubstantiated, "经现场核查，未发现违规生产。", default));
        await DoAsync(factory, Lead, w => w.ApproveCloseAsync(closed.Id, default));
        var client = factory.CreateClient();

        async Task<string[]> IdsAsync(string query, string format = "xml")
        {
            var response = await client.GetAsync($"{Base}/requests.{format}{query}");
            if (format == "json")
                return (await JsonAsync(response)).EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()!).ToArray();
            var xml = await XmlAsync(response);
            Assert.Equal("service_requests", xml.Root!.Name.LocalName);
            return xml.Root.Elements("request").Select(r => Field(r, "service_request_id")!).ToArray();
        }

        var all = await IdsAsync("");
        Assert.Contains(open.TrackingNumber, all);
        Assert.Contains(energy.TrackingNumber, all);
        Assert.Contains(closed.TrackingNumber, all);
        Assert.Equal(all, await IdsAsync("", "json"));

        var onlyClosed = await IdsAsync("?status=closed");
        Assert.Contains(closed.TrackingNumber, onlyClosed);
        Assert.DoesNotContain(open.TrackingNumber, onlyClosed);
        var onlyOpen = await IdsAsync("?status=open", "json");
        Assert.Contains(open.TrackingNumber, onlyOpen);
        Assert.DoesNotContain(closed.TrackingNumber, onlyOpen);

        var energyOnly = await IdsAsync("?service_code=energy");
        Assert.Contains(energy.TrackingNumber, energyOnly);
        Assert.DoesNotContain(open.TrackingNumber, energyOnly);

        Assert.Equal(new[] { open.TrackingNumber, energy.TrackingNumber }.Order(),
            (await IdsAsync($"?service_request_id={open.TrackingNumber},{energy.TrackingNumber}&status=closed")).Order());
        Assert.Empty(await IdsAsync("?start_date=2099-01-01T00:00:00%2B08:00"));
        var today = factory.Clock.TodayInChina();
        Assert.Contains(open.TrackingNumber,
            await IdsAsync($"?start_date={today.AddDays(-1):yyyy-MM-dd}&end_date={today.AddDays(1):yyyy-MM-dd}", "json"));
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("json")]
    public async Task AnUnknownId_Is404(string format)
    {
        var errors = await ErrorsAsync(await factory.CreateClient().GetAsync($"{Base}/requests/JB2000010112345678.{format}"),
            format, HttpStatusCode.NotFound);
        Assert.Equal(404, errors.Single().Code);
    }

    private async Task<XElement> RequestAsync(string number) =>
        (await XmlAsync(await factory.CreateClient().GetAsync($"{Base}/requests/{number}.xml"))).Root!.Elements("request").Single();

    private static void AssertChinaTime(string value, DateTime utc)
    {
        Assert.EndsWith("+08:00", value);
        Assert.Equal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeSeconds(),
            DateTimeOffset.Parse(value, CultureInfo.InvariantCulture).ToUnixTimeSeconds());
    }

    private static void AssertNothingPrivate(string body, string enterprise)
    {
        foreach (var secret in new[] { Tipster.Name!, Tipster.Phone!, Tipster.Email!, "中频炉生产", "工业园区东路", enterprise })
            Assert.DoesNotContain(secret, body);
    }
}
