using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>
/// A stand-in for reCAPTCHA's siteverify on a loopback port (Google's service is unreachable here): answers
/// {"success": true} for the response token <see cref="PassingToken"/> and {"success": false} otherwise, and keeps every
/// form it was posted so a test can check the secret and the token.
/// </summary>
public sealed class FakeSiteVerify : IDisposable
{
    public const string PassingToken = "passing-token";
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _posts = new();

    public FakeSiteVerify()
    {
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/recaptcha/api/siteverify";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public IReadOnlyCollection<IReadOnlyDictionary<string, string>> Posts => _posts;

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var form = (await reader.ReadToEndAsync()).Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(p => WebUtility.UrlDecode(p[0]), p => WebUtility.UrlDecode(p.ElementAtOrDefault(1) ?? ""));
            _posts.Enqueue(form);
            var success = form.GetValueOrDefault("response") == PassingToken;
            var body = Encoding.UTF8.GetBytes($$"""{"success": {{(success ? "true" : "false")}}, "hostname": "localhost"}""");
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose() => _listener.Close();
}
