using Medallion.Threading.Postgres;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Nodes that start together on an empty key table would each create a Data Protection key and cache a ring without the
/// other's: a form or cookie made by one would fail on the other once Data Protection's two-minute "refresh on unknown
/// key" window after start-up has passed (until the ring's next refresh, up to a day). So each node loads its ring, and
/// creates the first key if there is none, one at a time: under a PostgreSQL advisory lock all nodes share, and a lock in
/// this process (SQLite is one process; two test hosts on one database meet there). Later keys are made 48 hours before
/// they are used (Data Protection's own schedule), so every node has read them by then.
/// </summary>
public static class KeyRingStartup
{
    private static readonly SemaphoreSlim InThisProcess = new(1, 1);

    /// <summary>At start-up, after the migrations (the key table must exist) and before anything is encrypted.</summary>
    public static async Task LoadKeyRingAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        var protector = services.GetRequiredService<IDataProtectionProvider>().CreateProtector("PublicPortal.KeyRingStartup");
        await InThisProcess.WaitAsync(ct);
        try
        {
            if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider != DatabaseProvider.Postgres)
            {
                protector.Protect("ring"); // reads the ring, and writes the first key when there is none
                return;
            }
            using var scope = services.CreateScope();
            var connectionString = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetConnectionString()!;
            var key = new PostgresAdvisoryLockKey("PublicPortal.DataProtectionKeys", allowHashing: true);
            await using (await new PostgresDistributedLock(key, connectionString).AcquireAsync(TimeSpan.FromMinutes(1), ct))
                protector.Protect("ring");
        }
        finally
        {
            InThisProcess.Release();
        }
    }
}
