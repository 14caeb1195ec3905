using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PublicPortal.ClusterTests.Infrastructure;

/// <summary>
/// The cluster under test, started once for all cluster tests with deploy/cluster/start.sh (PostgreSQL, Redis, two nodes,
/// nginx) and an SMTP sink of its own (aiosmtpd writing a Maildir) that the nodes mail to. Set for testing: a 6-bit proof of
/// work (the forms are answered through the question anyway), a posting limit the 200-tip burst fits into but a test can
/// exceed, lookups that never run out, and a short outbox poll and claim so that a dead node's mail is taken over quickly.
/// PORTAL_CLUSTER_PUBLISH reuses a `dotnet publish` folder (tests/run-all.sh passes the publish check's; otherwise
/// start.sh publishes, about a minute); PORTAL_CLUSTER_BASE_PORT moves the ports (default 57000: nginx, then the nodes).
/// KEEP_CLUSTER_STATE=1 keeps the state folder with the nodes' logs.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int PostsPerMinute = 250;
    public const int ClaimSeconds = 3;
    public const double PollSeconds = 0.5;

    private static readonly string Root = FindRoot();
    private readonly string _scratch = Scratch();
    private Process? _smtp;
    private Dictionary<string, string> _env = [];

    public Uri Balancer { get; private set; } = null!;
    public IReadOnlyList<Uri> Nodes { get; private set; } = [];
    public Mailbox Mailbox { get; private set; } = null!;
    private string State => Path.Combine(_scratch, "cluster");

    public async Task InitializeAsync()
    {
        var smtpPort = FreePort();
        var maildir = Path.Combine(_scratch, "maildir");
        _smtp = Start("/bin/bash", "-c",
            $"exec /usr/bin/python3 -m aiosmtpd -n -l 127.0.0.1:{smtpPort} -c aiosmtpd.handlers.Mailbox '{maildir}' "
            + $">'{_scratch}/smtp.log' 2>&1");
        Mailbox = new Mailbox(maildir);

        var start = new ProcessStartInfo(Path.Combine(Root, "deploy", "cluster", "start.sh"))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { "--state", State, "--smtp", $"127.0.0.1:{smtpPort}", "--sample-data", "no" })
            start.ArgumentList.Add(arg);
        if (Environment.GetEnvironmentVariable("PORTAL_CLUSTER_PUBLISH") is { Length: > 0 } publish)
        {
            start.ArgumentList.Add("--publish");
            start.ArgumentList.Add(publish);
        }
        if (Environment.GetEnvironmentVariable("PORTAL_CLUSTER_BASE_PORT") is { Length: > 0 } basePort)
        {
            start.ArgumentList.Add("--base-port");
            start.ArgumentList.Add(basePort);
        }
        start.Environment["HumanCheck__ProofOfWorkBits"] = "6";
        start.Environment["RateLimit__PostsPerMinute"] = PostsPerMinute.ToString(CultureInfo.InvariantCulture);
        start.Environment["RateLimit__LookupsPerMinute"] = "100000";
        start.Environment["Mail__ClaimSeconds"] = ClaimSeconds.ToString(CultureInfo.InvariantCulture);
        start.Environment["Mail__PollSeconds"] = PollSeconds.ToString(CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var script = Process.Start(start)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var errors = script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();
        Assert.True(script.ExitCode == 0, $"deploy/cluster/start.sh failed ({script.ExitCode}):\n{await output}\n{await errors}");

        _env = File.ReadAllLines(Path.Combine(State, "cluster.env"))
            .Select(line => line.Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv[1].Trim('\''), StringComparer.Ordinal);
        Balancer = new Uri(_env["CLUSTER_URL"]);
        Nodes = [new Uri(_env["NODE_1_URL"]), new Uri(_env["NODE_2_URL"])];
    }

    public async Task DisposeAsync()
    {
        if (Directory.Exists(State))
        {
            using var stop = Start(Path.Combine(Root, "deploy", "cluster", "stop.sh"), State);
            await stop.WaitForExitAsync();
        }
        if (_smtp is { HasExited: false })
        {
            _smtp.Kill();
            await _smtp.WaitForExitAsync();
        }
        _smtp?.Dispose();
        if (Environment.GetEnvironmentVariable("KEEP_CLUSTER_STATE") != "1") Directory.Delete(_scratch, recursive: true);
    }

    /// <summary>Ends node <paramref name="index"/> (1-based) at once, as `kill -9` does: no graceful shutdown.</summary>
    public void KillNode(int index)
    {
        using var node = Process.GetProcessById(int.Parse(_env[$"NODE_{index}_PID"], CultureInfo.InvariantCulture));
        node.Kill();
        node.WaitForExit();
    }

    /// <summary>
    /// A person's browser: cookies kept across requests, redirects followed. With <paramref name="clientAddress"/>, the
    /// client address a balancer would forward (the nodes believe X-Forwarded-For from 127.0.0.1), so that each test is its
    /// own client for the rate limits; through nginx every test client is 127.0.0.1.
    /// </summary>
    public static HttpClient Browser(Uri baseAddress, CookieContainer cookies, string? clientAddress = null)
    {
#pragma warning disable CA2000 // the client owns the handler (disposeHandler: true)
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = true }, disposeHandler: true)
        {
            BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60),
        };
#pragma warning restore CA2000
        if (clientAddress is not null) client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        return client;
    }

    private static int _lastClient;

    /// <summary>A private address no other test client uses.</summary>
    public static string NewClientAddress()
    {
        var n = Interlocked.Increment(ref _lastClient);
        return string.Create(CultureInfo.InvariantCulture, $"10.14.{n / 250}.{n % 250 + 1}");
    }

    private static Process Start(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return Process.Start(info)!;
    }

    /// <summary>A new temporary folder that others may search: as root, PostgreSQL runs as `postgres` inside it.</summary>
    private static string Scratch()
    {
        var folder = Directory.CreateTempSubdirectory("portal-cluster-test.");
        if (!OperatingSystem.IsWindows())
            folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return folder.FullName;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PublicPortal.sln"))) return dir.FullName;
        throw new InvalidOperationException("PublicPortal.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
