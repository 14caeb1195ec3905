using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;

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

        // Interceptors other areas register (e.g. the output cache's eviction after every save) apply to every context.
        services.AddDbContext<PortalDbContext>((sp, db) =>
        {
            Configure(db, options.Provider, connectionString);
            db.AddInterceptors(sp.GetServices<IInterceptor>());
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
            DatabaseProvider.Postgres => db.UseNpgsql(connectionString),
            DatabaseProvider.SqlServer => db.UseSqlServer(connectionString),
            _ => throw new InvalidOperationException($"未知的数据库提供程序：{provider}"),
        };
        // Register queries must translate to SQL; silently evaluating on the client would page 100,000 rows in memory.
        db.ConfigureWarnings(w => w.Throw(RelationalEventId.MultipleCollectionIncludeWarning));
    }
}
