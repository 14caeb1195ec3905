using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Open311;

namespace PublicPortal.IntegrationTests.Features.Open311;

/// <summary>A partner system's view of the Open311 interface: issue a key, post forms, read both formats.</summary>
public static class Open311Api
{
    public const string Base = "/open311/v2";

    /// <summary>Issues a key through the service the admin page uses (the page itself is tested in ApiClientsTests).</summary>
    public static async Task<(int Id, string Key)> IssueKeyAsync(PortalFactory factory, string name = "某市12345热线平台")
    {
        using var scope = factory.Services.CreateScope();
        var issued = await scope.ServiceProvider.GetRequiredService<ApiKeys>().IssueAsync(name, "王工 020-12345678", default);
        return (issued.Client.Id, issued.Key);
    }

    /// <summary>A complete, valid anonymous tip-off about safety in 福田区, like TipForms.Valid on the web form (same
    /// description; an address, and an enterprise name of its own).</summary>
    public static Dictionary<string, string> Valid(string? key, Action<Dictionary<string, string>>? change = null)
    {
        var values = new Dictionary<string, string>
        {
            ["service_code"] = "safety",
            ["attribute[place]"] = "440304",
            ["attribute[enterprise_name]"] = "福田接口测试冶炼有限公司",
            ["description"] = "每晚十点后厂房内的中频炉仍在生产，门口有货车运出钢坯。",
            ["address_string"] = "工业园区东路 8 号",
        };
        if (key is not null) values["api_key"] = key;
        change?.Invoke(values);
        return values;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string format, Dictionary<string, string> values) =>
        client.PostAsync($"{Base}/requests.{format}", new FormUrlEncodedContent(values));

    public static async Task<XDocument> XmlAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", body);
        return XDocument.Parse(body);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The errors list of a failed call, in either format, as (code, description) pairs; asserts the shape.</summary>
    public static async Task<IReadOnlyList<(int Code, string Description)>> ErrorsAsync(
        HttpResponseMessage response, string format, HttpStatusCode expected)
    {
        if (format == "xml")
        {
            var xml = await XmlAsync(response, expected);
            Assert.Equal("errors", xml.Root!.Name.LocalName);
            var errors = xml.Root.Elements("error").Select(e => ((int)e.Element("code")!, (string)e.Element("description")!)).ToList();
            Assert.NotEmpty(errors);
            return errors;
        }
        var json = await JsonAsync(response, expected);
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        var list = json.EnumerateArray()
            .Select(e => (e.GetProperty("code").GetInt32(), e.GetProperty("description").GetString()!)).ToList();
        Assert.NotEmpty(list);
        return list;
    }

    /// <summary>One field of a request element (XML) or object (JSON), as text; null when absent or empty/null.</summary>
    public static string? Field(XElement request, string name) => request.Element(name) is { } e && e.Value.Length > 0 ? e.Value : null;

    public static string? Field(JsonElement request, string name) =>
        request.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())
            : null;
}
