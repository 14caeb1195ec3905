using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Content;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Registers;
using PublicPortal.Web.Features.SampleData;

namespace PublicPortal.Web.Infrastructure;

public static class StartupTasks
{
    /// <summary>
    /// Loads and validates content (a broken file stops start-up here, naming the file and the field), migrates the
    /// database when Database:MigrateOnStartup is on, seeds reference data idempotently and, where configured, the
    /// labelled sample registers (and, in Development, the sample accounts and tip-offs); one node at a time.
    /// </summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<PolicyLibrary>();
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = services.GetRequiredService<PortalDbContext>();
        if (options.MigrateOnStartup && options.Provider == DatabaseProvider.Postgres) await CreateIfMissingAsync(db);
        // Nodes starting together on an empty database take turns: the first migrates and seeds, the others then find
        // nothing left to do. (An advisory lock on PostgreSQL; in-process on SQLite, one process anyway, and on SQL Server,
        // where EF Core's own migration lock still keeps migrating to one node but two nodes may seed at once.)
        await using var lease = await services.GetRequiredService<WorkLease>()
            .WaitAsync("startup-migrate-seed", TimeSpan.FromMinutes(10), CancellationToken.None);
        // REVIEW: migrating at start-up is what makes the embedded SQLite default work with one command; deployments
        // that migrate separately set Database:MigrateOnStartup=false (see README, "Deploying").
        if (options.MigrateOnStartup) await db.Database.MigrateAsync();
        app.Services.LoadKeyRing(); // under the lease, so one node at a time: see KeyRingStartup
        await services.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
        await new RequirementTableLoader(db).LoadAllAsync(services.GetRequiredService<ContentOptions>());
        await services.GetRequiredService<Features.Staff.StaffAccounts>().EnsureRolesAsync();
        if (options.LoadSampleData) await Features.Notices.SampleMailboxes.FillAsync(db); // before the seeder: fresh installs only
        if (options.LoadSampleData) await services.GetRequiredService<SampleDataSeeder>().SeedAsync();
        if (options.LoadSampleData && app.Environment.IsDevelopment())
        {
            await services.GetRequiredService<Features.Staff.DevelopmentStaff>().SeedAsync();
            // The sample tip-offs are handled by the sample accounts, so they exist only where those do.
            await services.GetRequiredService<Features.Tips.Handling.SampleTipSeeder>().SeedAsync();
        }
    }

    /// <summary>
    /// The start-up lease is an advisory lock in the portal's PostgreSQL database, so that database must exist before the
    /// lease is taken: create it here, as migrating would otherwise, and let a node that created it a moment earlier win.
    /// </summary>
    private static async Task CreateIfMissingAsync(PortalDbContext db)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync()) return;
        try
        {
            await creator.CreateAsync();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another node starting at the same moment created it.
        }
    }
}
