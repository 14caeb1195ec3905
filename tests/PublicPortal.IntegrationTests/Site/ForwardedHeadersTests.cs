using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Site;

/// <summary>
/// X-Forwarded-For is believed only from a configured proxy. Every request here arrives from one address (a startup filter
/// sets it: TestServer has none), as when a bot sits behind a proxy or forges the header; the tip-off form allows two
/// POSTs a minute per client.
/// </summary>
public class ForwardedHeadersTests
{
    private static readonly IPAddress Sender = IPAddress.Parse("203.0.113.10");

    public sealed class ProxyFactory(string? knownProxies = null, string? knownNetworks = null) : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimit:PostsPerMinute"] = "2",
            ["ForwardedHeaders:KnownProxies"] = knownProxies,
            ["ForwardedHeaders:KnownNetworks"] = knownNetworks,
        };

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddSingleton<IStartupFilter>(new ArrivingFrom(Sender));
    }

    /// <summary>Sets the connection's remote address before the app's own pipeline (and so its forwarded-headers step).</summary>
    private sealed class ArrivingFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>Files a valid tip-off claiming to come from <paramref name="forwardedFor"/>; returns the status.</summary>
    private static async Task<HttpStatusCode> FileAsync(HttpClient client, string forwardedFor)
    {
        var form = await TipForms.OpenAsync(client);
        client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return (await TipForms.SubmitAsync(client, form, TipForms.Valid())).StatusCode;
    }

    [Fact]
    public async Task RotatedForwardedFor_FromAnUntrustedAddress_StillMeetsTheRateLimit()
    {
        using var factory = new ProxyFactory(); // the default: no proxy trusted, not even loopback
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 3; i++) statuses.Add(await FileAsync(client, $"198.51.100.{i}"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("203.0.113.10", null)]
    [InlineData(null, "203.0.113.0/24")]
    [InlineData("127.0.0.1, 203.0.113.10", null)]
    public async Task ForwardedFor_FromAConfiguredProxy_CountsEachClientSeparately(string? proxies, string? networks)
    {
        using var factory = new ProxyFactory(proxies, networks);
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 3; i++) statuses.Add(await FileAsync(client, $"198.51.100.{i}"));
        // The same client through the proxy is still limited: its third POST is refused.
        for (var i = 1; i <= 2; i++) statuses.Add(await FileAsync(client, "198.51.100.1"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests],
            statuses);
    }

    [Theory]
    [InlineData("KnownProxies", "nginx.local")]
    [InlineData("KnownNetworks", "10.0.0.0/40")]
    public void AnEntryThatIsNotAnAddress_StopsTheAppAtStartUp(string key, string entry)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ForwardedHeaders:{key}:0"] = entry }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddPortalForwardedHeaders(configuration));
        Assert.Contains(entry, error.Message, StringComparison.Ordinal);
    }
}
