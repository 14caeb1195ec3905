using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Site;

/// <summary>
/// Every public GET page and endpoint, each of its query parameters fed hostile values one at a time (newline, NUL, absolute and
/// protocol-relative URLs, 10,000 characters, an unpaired surrogate as raw UTF-8, invalid percent-encoding, negative and huge
/// numbers): whatever the answer (200, 400, 404…), never a 500. The parameters are discovered from the pages themselves
/// ([BindProperty(SupportsGet = true)] properties and handler arguments, expanded into complex types) and from minimal-API
/// handlers, plus "page", which several list pages read from the query by hand.
/// </summary>
public class HostileQueryTests(SampleDataFactory factory) : IClassFixture<SampleDataFactory>
{
    /// <summary>Raw query values, already percent-encoded as a client would send them.</summary>
    private static readonly string[] HostileValues =
    [
        "a%0Ab%0D%0Ac", "x%00y", Uri.EscapeDataString("https://evil.example/"), Uri.EscapeDataString("//evil.example"),
        new string('x', 10_000), "%ED%A0%80", "%FF%FE", "%", "-1", "2147483648", "99999999999999999999999", "9999-12-31",
        Uri.EscapeDataString("<script>alert(1)</script>"),
    ];

    private static readonly Dictionary<string, string> RouteSamples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "1", ["slug"] = "phase-out", ["creditCode"] = "91440300MA5F000000", ["jurisdictionCode"] = "440000",
        ["year"] = "2025", ["version"] = "1", ["code"] = "404", ["format"] = "json", ["service_request_id"] = "1",
    };

    [Fact]
    public async Task EveryPublicQueryParameter_WithHostileValues_NeverAnswers500()
    {
        var client = factory.CreateClient(
            new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var targets = new List<Target>();
        foreach (var target in PublicGetTargets())
            targets.Add(target with { Parameters = [.. target.Parameters.Union(await NamesThePageUsesAsync(client, target.Path))] });
        Assert.True(targets.Count >= 30, "too few public pages discovered: " + string.Join(", ", targets.Select(t => t.Path)));
        Assert.Contains(targets, t => t.Path == "/lists/phase-out" && t.Parameters.Contains("city"));
        Assert.Contains(targets, t => t.Path == "/elder-mode" && t.Parameters.Contains("returnUrl"));

        var failures = new List<string>();
        foreach (var (path, parameters) in targets)
        {
            foreach (var name in parameters)
                foreach (var value in HostileValues)
                    await CheckAsync(client, $"{path}?{Uri.EscapeDataString(name)}={value}", failures);
            // All at once, and the same name twice.
            await CheckAsync(client, path + "?" + string.Join('&', parameters.Select(n => $"{Uri.EscapeDataString(n)}=%0A%00-1")),
                failures);
            await CheckAsync(client,
                path + "?" + string.Join('&', parameters.Select(n => $"{Uri.EscapeDataString(n)}=1&{Uri.EscapeDataString(n)}=2")),
                failures);
        }
        Assert.True(failures.Count == 0, $"{failures.Count} answers of 500:\n" + string.Join("\n", failures.Take(40)));
    }

    /// <summary>Query names the page itself sends: fields of its GET forms and the query keys of its links back to itself
    /// (the register lists read their filters from the query by hand, so binding metadata does not show them).</summary>
    private static async Task<IEnumerable<string>> NamesThePageUsesAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") return [];
        var page = await HtmlHelpers.GetDocumentAsync(response);
        var fields = page.QuerySelectorAll("form:not([method=post]):not([method=POST]) [name]").Select(e => e.GetAttribute("name")!);
        var linked = page.QuerySelectorAll("a[href*='?']").Select(a => a.GetAttribute("href")!)
            .Where(href => href.StartsWith(path + "?", StringComparison.OrdinalIgnoreCase) || href.StartsWith('?'))
            .SelectMany(href => System.Web.HttpUtility.ParseQueryString(href[(href.IndexOf('?') + 1)..]).AllKeys)
            .OfType<string>();
        return fields.Concat(linked).Where(n => n.Length > 0 && n != "__RequestVerificationToken").Distinct();
    }

    private static async Task CheckAsync(HttpClient client, string url, List<string> failures)
    {
        using var response = await client.GetAsync(url);
        if ((int)response.StatusCode >= 500)
            failures.Add($"{(int)response.StatusCode} GET {(url.Length > 200 ? url[..200] + "…" : url)}");
    }

    private sealed record Target(string Path, IReadOnlyList<string> Parameters);

    private List<Target> PublicGetTargets()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var targets = new List<Target>();
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern;
            // /error is the exception handler's page: answering 500 is what it is for.
            if (pattern.RawText is not { } raw || raw.TrimStart('/') == "error"
                || raw.StartsWith("staff", StringComparison.OrdinalIgnoreCase)
                || raw.StartsWith("/staff", StringComparison.OrdinalIgnoreCase)) continue;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods is { Count: > 0 } && !methods.Contains("GET")) continue;
            var routeNames = pattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase) { "page" };
            if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } pageDescriptor)
            {
                foreach (var property in pageDescriptor.HandlerTypeInfo.GetProperties())
                {
                    var bind = property.GetCustomAttribute<BindPropertyAttribute>()
                        ?? (pageDescriptor.HandlerTypeInfo.GetCustomAttribute<BindPropertiesAttribute>() is { SupportsGet: true }
                            ? new BindPropertyAttribute { SupportsGet = true } : null);
                    if (bind is { SupportsGet: true }) AddNames(names, bind.Name ?? property.Name, property.PropertyType, depth: 0);
                }
                foreach (var handler in pageDescriptor.HandlerMethods.Where(h => h.HttpMethod is null or "Get"))
                    foreach (var parameter in handler.Parameters)
                        AddNames(names, parameter.BindingInfo?.BinderModelName ?? parameter.Name, parameter.ParameterType, depth: 0);
            }
            else if (endpoint.Metadata.GetMetadata<MethodInfo>() is { } method)
            {
                foreach (var parameter in method.GetParameters())
                {
                    var fromQuery = parameter.GetCustomAttribute<FromQueryAttribute>();
                    AddNames(names, fromQuery?.Name ?? parameter.Name!, parameter.ParameterType, depth: 0);
                }
            }
            else continue;
            names.RemoveWhere(n => routeNames.Contains(n) || n is "ct" or "cancellationToken" or "context" or "http" or "httpContext");
            targets.Add(new Target(Fill(pattern), names.ToList()));
        }
        return targets.DistinctBy(t => t.Path).ToList();
    }

    private static void AddNames(SortedSet<string> names, string name, Type type, int depth)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain.IsPrimitive || plain.IsEnum || plain == typeof(string) || plain == typeof(decimal) || plain == typeof(DateOnly)
            || plain == typeof(DateTime) || plain == typeof(DateTimeOffset) || plain == typeof(Guid) || plain == typeof(TimeOnly))
        {
            names.Add(name);
            return;
        }
        if (plain.Namespace?.StartsWith("PublicPortal", StringComparison.Ordinal) != true || depth > 2) return; // services, HttpContext…
        foreach (var property in plain.GetProperties().Where(p => p.CanWrite))
        {
            AddNames(names, $"{name}.{property.Name}", property.PropertyType, depth + 1);
            AddNames(names, property.Name, property.PropertyType, depth + 1); // model binding falls back to the bare name
        }
    }

    private static string Fill(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter =>
                        RouteSamples.GetValueOrDefault(parameter.Name, "1"),
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
                    _ => "",
                });
            }
        }
        return path.Length == 0 ? "/" : path.ToString();
    }
}
