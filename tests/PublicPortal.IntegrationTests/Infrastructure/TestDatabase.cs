using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PublicPortal.Web.Data;

namespace PublicPortal.IntegrationTests.Infrastructure;

/// <summary>
/// An empty database of its own: SQLite in memory (shared cache, alive while this object is) or in the given file, or,
/// when PORTAL_TEST_POSTGRES holds a server connection string, a fresh PostgreSQL database dropped on dispose.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public static string? PostgresServer => Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    private readonly SqliteConnection? _keepAlive;
    private readonly string? _pgDatabase;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    /// <param name="sqliteFile">A SQLite file instead of memory, for tests that inspect what reaches the disk; ignored on
    /// PostgreSQL.</param>
    public TestDatabase(string? sqliteFile = null)
    {
        if (PostgresServer is { } server)
        {
            Provider = DatabaseProvider.Postgres;
            _pgDatabase = "portal_test_" + Guid.NewGuid().ToString("N")[..12];
            using (var admin = new NpgsqlConnection(server))
            {
                admin.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {_pgDatabase} ENCODING 'UTF8'", admin);
                create.ExecuteNonQuery();
            }
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _pgDatabase }.ConnectionString;
        }
        else if (sqliteFile is not null)
        {
            Provider = DatabaseProvider.Sqlite;
            ConnectionString = $"Data Source={sqliteFile};Pooling=False";
        }
        else
        {
            Provider = DatabaseProvider.Sqlite;
            ConnectionString = $"Data Source=file:portal-{Guid.NewGuid():N}?mode=memory&cache=shared";
            _keepAlive = new SqliteConnection(ConnectionString); // the in-memory database lives while one connection is open
            _keepAlive.Open();
        }
    }

    /// <summary>A context configured exactly as the app configures its own (see AddPortalData).</summary>
    public PortalDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DataServiceCollectionExtensions.Configure(options, Provider, ConnectionString);
        return new PortalDbContext(options.Options);
    }

    public void Dispose()
    {
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
