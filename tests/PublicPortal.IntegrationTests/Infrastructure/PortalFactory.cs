using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PublicPortal.Web.Data;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The portal on a database of its own. SQLite (in memory, shared cache) by default; when PORTAL_TEST_POSTGRES holds a
/// server connection string (the test script sets it after starting a throwaway cluster), a fresh PostgreSQL database
/// is created per factory instead, so the same tests run against both.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public static string? PostgresServer => TestDatabase.PostgresServer;
    public static bool OnPostgres => PostgresServer is not null;

    private readonly TestDatabase _database;

    /// <summary>Load the labelled sample registers? Test classes that assert exact rows turn it off and insert their own.</summary>
    protected virtual bool LoadSampleData => false;

    /// <summary>Seconds of output caching; off in tests except where caching itself is tested.</summary>
    protected virtual int CacheSeconds => 0;

    protected virtual string Environment_ => "Development";

    /// <summary>A SQLite database in a temporary file (see <see cref="DatabaseFile"/>) instead of in memory, for tests
    /// that inspect what reaches the disk. Ignored on PostgreSQL.</summary>
    protected virtual bool UseFileDatabase => false;

    /// <summary>Extra configuration for a test class, applied after the defaults below (so it can override them).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>
    /// The instant the portal's clock shows when the factory starts: a Wednesday morning in China, a working day in
    /// the reference calendar. Test classes about a particular day (China midnight, New Year, a 调休 Saturday) override it.
    /// </summary>
    protected virtual DateTimeOffset ClockStart => new(2026, 6, 10, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>
    /// The portal's only clock in tests (registered as its <see cref="TimeProvider"/>): starts at <see cref="ClockStart"/>
    /// and moves only a millisecond per reading (see the constructor) until a test moves it with <c>Advance</c> or
    /// <see cref="TestClock.SetChinaDate"/>. The machine's clock never decides what a test sees.
    /// </summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>Service swaps for a test class (options, fakes), applied after the app's own registrations and the clock.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services) { }

    /// <summary>The SQLite file when <see cref="UseFileDatabase"/> is on (its -wal/-shm companions sit beside it).</summary>
    public string? DatabaseFile { get; }

    /// <summary>Scratch folder of this factory: the mail pickup folder lives here, so Development's App_Data/mail is never
    /// written by tests.</summary>
    public string ScratchFolder { get; } = Directory.CreateTempSubdirectory("portal-test-").FullName;

    /// <summary>Every log message the app wrote, at every level.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>The KEK of every factory unless a test class overrides KeyProtection:Secret (32 fixed bytes, base64).</summary>
    public const string TestKeyEncryptionKey = "dGVzdC1rZXktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM=";

    public PortalFactory()
    {
        // A millisecond passes each time the clock is read, as on a real machine: "issued before now" stays true between
        // two requests (the security stamp is checked when time has passed since the cookie was issued), while dates
        // and deadlines stay where the test put them.
        Clock = new FakeTimeProvider(ClockStart) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        if (UseFileDatabase && !OnPostgres) DatabaseFile = Path.Combine(ScratchFolder, "portal.db");
        _database = new TestDatabase(DatabaseFile);
    }

    public DatabaseProvider Provider => _database.Provider;

    /// <summary>This factory's database, for a second factory on the same data (a restarted or a concurrent instance).</summary>
    public string ConnectionString => _database.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment_);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Portal", _database.ConnectionString);
        builder.UseSetting("Database:LoadSampleData", LoadSampleData ? "true" : "false");
        builder.UseSetting("Site:CacheSeconds", CacheSeconds.ToString(CultureInfo.InvariantCulture));
        // Generous limits, so that only the rate-limit tests (which lower them) ever meet a 429.
        builder.UseSetting("RateLimit:PostsPerMinute", "10000");
        builder.UseSetting("RateLimit:LookupsPerMinute", "10000");
        builder.UseSetting("Open311:PostsPerMinute", "10000");
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(ScratchFolder, "mail"));
        builder.UseSetting("Mail:PollSeconds", "0.2");
        // The daily 催办 digest would fire at start-up whenever it is past 08:00 in China, queueing mail and an audit line in
        // tests that do not expect them; the reminder tests switch it on themselves.
        builder.UseSetting("Reminders:Enabled", "false");
        // One fixed key-encryption key for every factory, so that two factories on one database (a restarted instance)
        // read each other's keys and no test writes a key file; the key-protection tests set it to "" for the key file.
        builder.UseSetting("KeyProtection:Secret", TestKeyEncryptionKey);
        // Likewise the retention job: its pass at start-up would erase old closed tip-offs a test inserts; the retention
        // tests call TipRetention.EraseExpiredAsync themselves.
        builder.UseSetting("Retention:Enabled", "false");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<LogCapture>(_ => true));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            ConfigureTestServices(services);
        });
    }

    /// <summary>Runs <paramref name="action"/> with a fresh DbContext of the app's own configuration.</summary>
    public async Task WithDbAsync(Func<PortalDbContext, Task> action)
    {
        using var scope = Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        _database.Dispose();
        try { Directory.Delete(ScratchFolder, recursive: true); } catch (IOException) { } // best effort: a temp folder
    }
}

/// <summary>The portal with its labelled sample registers loaded, as a newcomer sees it.</summary>
public class SampleDataFactory : PortalFactory
{
    protected override bool LoadSampleData => true;
}
