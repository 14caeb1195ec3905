using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PublicPortal.IntegrationTests.Nodes;

/// <summary>
/// A TCP forwarder between the portal and the test PostgreSQL, which a test can cut as a PostgreSQL restart or a network
/// failure would: every open connection dropped (reset) and new ones refused (nothing listens), until it is restored
/// on the same port.
/// </summary>
public sealed class DatabaseOutageProxy : IDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<Socket, byte> _open = new();
    private readonly Lock _gate = new();
    private TcpListener? _listener;
    private int _generation;

    public DatabaseOutageProxy(string host, int port)
    {
        var address = Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork);
        _target = new IPEndPoint(address, port);
        Listen(0);
    }

    public int Port { get; private set; }

    /// <summary>Drops every connection and refuses new ones.</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _generation++;
            _listener?.Stop();
            _listener = null;
        }
        foreach (var socket in _open.Keys) Drop(socket);
    }

    /// <summary>Accepts connections again, on the same port.</summary>
    public void Restore()
    {
        lock (_gate) if (_listener is null) Listen(Port);
    }

    private void Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _ = AcceptAsync(listener, _generation);
    }

    private async Task AcceptAsync(TcpListener listener, int generation)
    {
        while (true)
        {
            Socket client;
            try { client = await listener.AcceptSocketAsync(); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = PipeAsync(client, generation);
        }
    }

    private async Task PipeAsync(Socket client, int generation)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _open[client] = 0;
        _open[server] = 0;
        try
        {
            await server.ConnectAsync(_target);
            // A connection that was being made while the proxy was cut is cut too.
            if (Volatile.Read(ref _generation) != generation) return;
            await Task.WhenAny(CopyAsync(client, server), CopyAsync(server, client));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
        finally
        {
            Drop(client);
            Drop(server);
        }
    }

    private static async Task CopyAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0) return;
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
    }

    /// <summary>Closes with a reset, as a host that went away does: the portal's next read fails at once.</summary>
    private void Drop(Socket socket)
    {
        if (!_open.TryRemove(socket, out _)) return;
        try
        {
            socket.LingerState = new LingerOption(true, 0);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
        socket.Dispose();
    }

    public void Dispose() => Cut();
}

/// <summary>
/// A test that needs PostgreSQL itself (a server to cut off), not the database abstraction: it exists only in the
/// PostgreSQL run (PORTAL_TEST_POSTGRES set), and in the SQLite run it is not discovered at all rather than skipped.
/// </summary>
[XunitTestCaseDiscoverer("PublicPortal.IntegrationTests.Nodes.PostgresFactDiscoverer", "PublicPortal.IntegrationTests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute;

public sealed class PostgresFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo factAttribute) =>
        Infrastructure.PortalFactory.OnPostgres ? base.Discover(discoveryOptions, testMethod, factAttribute) : [];
}
