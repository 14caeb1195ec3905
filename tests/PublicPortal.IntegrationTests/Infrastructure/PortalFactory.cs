using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.Web.Data;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The portal on a database of its own. SQLite (in memory, shared cache) by default; when PORTAL_TEST_POSTGRES holds a
/// server connection string (the test script sets it after starting a throwaway cluster), a fresh PostgreSQL database
/// is created per factory instead, so the same tests run against both.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public static bool OnPostgres => TestDatabase.PostgresServer is not null;

    private readonly TestDatabase _database = new();

    /// <summary>Load the labelled sample registers? Test classes that assert exact rows turn it off and insert their own.</summary>
    protected virtual bool LoadSampleData => false;

    /// <summary>Seconds of output caching; off in tests except where caching itself is tested.</summary>
    protected virtual int CacheSeconds => 0;

    protected virtual string Environment_ => "Development";

    public DatabaseProvider Provider => _database.Provider;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment_);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Portal", _database.ConnectionString);
        builder.UseSetting("Database:LoadSampleData", LoadSampleData ? "true" : "false");
        builder.UseSetting("Site:CacheSeconds", CacheSeconds.ToString());
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
        if (disposing) _database.Dispose();
    }
}

/// <summary>The portal with its labelled sample registers loaded, as a newcomer sees it.</summary>
public class SampleDataFactory : PortalFactory
{
    protected override bool LoadSampleData => true;
}
