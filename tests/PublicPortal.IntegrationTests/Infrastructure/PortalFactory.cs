using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PublicPortal.Web.Data;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The portal on a database of its own. SQLite (in memory, shared cache) by default; when PORTAL_TEST_POSTGRES holds a
/// server connection string (the test script sets it after starting a throwaway cluster), a fresh PostgreSQL database
/// is created per factory instead, so the same tests run against both.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public static string? PostgresServer => Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is { Length: > 0 } s ? s : null;
    public static bool OnPostgres => PostgresServer is not null;

    private readonly string _connectionString;
    private readonly SqliteConnection? _keepAlive;
    private readonly string? _pgDatabase;

    /// <summary>Load the labelled sample registers? Test classes that assert exact rows turn it off and insert their own.</summary>
    protected virtual bool LoadSampleData => false;

    /// <summary>Seconds of output caching; off in tests except where caching itself is tested.</summary>
    protected virtual int CacheSeconds => 0;

    protected virtual string Environment_ => "Development";

    public PortalFactory()
    {
        if (PostgresServer is { } server)
        {
            _pgDatabase = "portal_test_" + Guid.NewGuid().ToString("N")[..12];
            using (var admin = new NpgsqlConnection(server))
            {
                admin.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {_pgDatabase} ENCODING 'UTF8'", admin);
                create.ExecuteNonQuery();
            }
            _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _pgDatabase }.ConnectionString;
        }
        else
        {
            _connectionString = $"Data Source=file:portal-{Guid.NewGuid():N}?mode=memory&cache=shared";
            _keepAlive = new SqliteConnection(_connectionString); // the in-memory database lives while one connection is open
            _keepAlive.Open();
        }
    }

    public DatabaseProvider Provider => OnPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment_);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Portal", _connectionString);
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
        if (!disposing) return;
        _keepAlive?.Dispose();
        if (_pgDatabase is not null && PostgresServer is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(server);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgDatabase} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
    }
}

/// <summary>The portal with its labelled sample registers loaded, as a newcomer sees it.</summary>
public class SampleDataFactory : PortalFactory
{
    protected override bool LoadSampleData => true;
}
