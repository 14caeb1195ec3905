using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace PublicPortal.BrowserTests.Infrastructure;

/// <summary>
/// The portal on a real Kestrel socket (loopback, free port) for the browser, as deployed (environment Production),
/// on a SQLite file database in a temp folder with the labelled sample data loaded.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-browser-").FullName;

    /// <summary>
    /// The portal's clock: a weekday morning in China that ticks a millisecond per reading, so what the pages show (today,
    /// deadlines, sample data) never depends on when the suite runs. Sessions are not persistent cookies, so the browser's
    /// own clock never expires them.
    /// </summary>
    public FakeTimeProvider Clock { get; } =
        new(new DateTimeOffset(2026, 6, 10, 10, 0, 0, TimeSpan.FromHours(8))) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    public PortalServer()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    /// <summary>http://127.0.0.1:port/ of the running server.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(_folder, "portal.db")};Pooling=False");
        builder.UseSetting("Database:LoadSampleData", "true");
        builder.UseSetting("Site:CacheSeconds", "0");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } // best effort: temp folder
        }
    }
}
