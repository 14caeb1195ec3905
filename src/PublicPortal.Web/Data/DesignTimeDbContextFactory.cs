using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PublicPortal.Web.Data;

/// <summary>Used only by the dotnet-ef tool when scaffolding a migration (see Migrations/add-migration.sh).</summary>
public class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new PortalDbContext(builder.Options);
    }
}
