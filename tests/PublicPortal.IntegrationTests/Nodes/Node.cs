using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Nodes;

/// <summary>
/// One node of a portal running as several: on the database of <c>sameDataAs</c> (its own, new one when null) and on the
/// Redis of PORTAL_TEST_REDIS under a key prefix of the test's own (so tests never depend on an empty Redis). Two nodes
/// made with one prefix and one database are two nodes of one portal behind a balancer; both answer as http://localhost,
/// so a client can take its cookies from one to the other (<see cref="Client"/>).
/// </summary>
public sealed class Node(string prefix, Node? sameDataAs = null, string? redis = null, int cacheSeconds = 0,
    IReadOnlyDictionary<string, string?>? settings = null) : PortalFactory
{
    /// <summary>The test Redis (tests/run-all.sh starts one and sets it); these tests fail without it rather than pass
    /// without having tested anything.</summary>
    public static string TestRedis => Environment.GetEnvironmentVariable("PORTAL_TEST_REDIS") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException("PORTAL_TEST_REDIS 未设置：多节点测试需要 Redis。请启动 redis-server 并设置 "
            + "PORTAL_TEST_REDIS=127.0.0.1:6379（tests/run-all.sh 会自动完成）。");

    /// <summary>A prefix no other test uses.</summary>
    public static string NewPrefix() => $"test-{Guid.NewGuid():N}:";

    /// <summary>A Redis address where nothing listens: Redis is down.</summary>
    public static string ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return "127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Starts the nodes and waits (bounded) until each has its Redis connection: a node still connecting uses its
    /// own memory, as it should, but then a test about sharing would test nothing.</summary>
    public static async Task ConnectedAsync(params Node[] nodes)
    {
        var waited = Stopwatch.StartNew();
        foreach (var node in nodes)
        {
            var redis = node.Services.GetRequiredService<SharedRedis>();
            while (redis.Available() is null)
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "Redis (PORTAL_TEST_REDIS) did not connect within 30 s.");
                await Task.Delay(50);
            }
        }
    }

    protected override int CacheSeconds => cacheSeconds;

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var values = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Redis"] = redis ?? TestRedis, ["Redis:InstanceName"] = prefix,
            };
            if (sameDataAs is not null) values["ConnectionStrings:Portal"] = sameDataAs.ConnectionString;
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
            return values;
        }
    }

    /// <summary>A client of this node that keeps its cookies in <paramref name="cookies"/> and follows redirects: give
    /// two nodes' clients one container and a browser moves between the nodes, as behind a balancer.</summary>
    public HttpClient Client(CookieContainer cookies) =>
        CreateDefaultClient(new Uri("http://localhost"), new RedirectHandler(), new CookieContainerHandler(cookies));
}
