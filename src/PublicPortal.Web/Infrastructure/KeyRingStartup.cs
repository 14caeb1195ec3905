using Microsoft.AspNetCore.DataProtection;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Nodes that start together on an empty key table would each create a Data Protection key and cache a ring without the
/// other's: a form or cookie made by one would fail on the other once Data Protection's two-minute "refresh on unknown
/// key" window after start-up has passed (until the ring's next refresh, up to a day). So each node loads its ring, and
/// creates the first key if there is none, during start-up while it holds the start-up lease (<see cref="WorkLease"/>,
/// taken by <see cref="StartupTasks.PrepareAsync"/>: an advisory lock all nodes share on PostgreSQL, a lock in this
/// process on SQLite, where two test hosts on one database meet). Later keys are made 48 hours before they are used
/// (Data Protection's own schedule), so every node has read them by then.
/// </summary>
public static class KeyRingStartup
{
    /// <summary>After the migrations (the key table must exist) and before anything is encrypted; under the start-up lease.</summary>
    public static void LoadKeyRing(this IServiceProvider services) =>
        // Reads the ring, and writes the first key when there is none.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("PublicPortal.KeyRingStartup").Protect("ring");
}
