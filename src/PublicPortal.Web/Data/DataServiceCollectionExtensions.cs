using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers <see cref="PortalDbContext"/> on the provider named by Database:Provider and the
    /// "Portal" connection string. The SQLite default lives in App_Data under the content root.</summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Portal");
        if (options.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            var dataDir = Path.Combine(contentRoot, "App_Data");
            Directory.CreateDirectory(dataDir);
            connectionString = $"Data Source={Path.Combine(dataDir, "portal.db")}";
        }
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException($"数据库提供程序 {options.Provider} 需要配置连接字符串 ConnectionStrings:Portal。");

        // A database that cannot be reached answers 503 quickly and is logged once per outage (DatabaseUnavailable).
        services.AddSingleton<DatabaseUnavailableMonitor>();
        services.AddSingleton<IInterceptor, DatabaseUnavailableInterceptor>();
        services.AddSingleton<DatabaseUnavailableLoggerFactory>();
        // Interceptors other areas register (e.g. the output cache's eviction after every save) apply to every context.
        services.AddDbContext<PortalDbContext>((sp, db) =>
        {
            Configure(db, options.Provider, connectionString);
            db.AddInterceptors(sp.GetServices<IInterceptor>());
            db.UseLoggerFactory(sp.GetRequiredService<DatabaseUnavailableLoggerFactory>());
        });
        // Work that one node at a time may do (a job's pass, migrating at start-up): an advisory lock on PostgreSQL.
        services.AddSingleton(new Infrastructure.WorkLease(options.Provider, connectionString));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder db, DatabaseProvider provider, string connectionString)
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => db.UseSqlite(connectionString)
                .ReplaceService<IMigrationsSqlGenerator, SqliteRebuildsInOneTransaction>(),
            DatabaseProvider.Postgres => db.UseNpgsql(FailFast(connectionString)),
            DatabaseProvider.SqlServer => db.UseSqlServer(connectionString),
            _ => throw new InvalidOperationException($"未知的数据库提供程序：{provider}"),
        };
        // Register queries must translate to SQL; silently evaluating on the client would page 100,000 rows in memory.
        db.ConfigureWarnings(w => w.Throw(RelationalEventId.MultipleCollectionIncludeWarning));
    }

    /// <summary>Connect timeout 3 seconds instead of Npgsql's 15, unless the connection string sets <c>Timeout</c>: when
    /// PostgreSQL restarts or the network to it is cut, a request answers 503 within seconds (the balancer tries another
    /// node, the citizen is told to retry) instead of holding a thread and a socket for 15 seconds each. The same timeout
    /// bounds the wait for a free pooled connection, which under normal load takes milliseconds. No retries either: EF
    /// Core's retrying strategy would multiply the wait, and a retried save is the citizen's to decide (the form says so).</summary>
    public static string FailFast(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Timeout")) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3 }.ConnectionString;
    }
}
