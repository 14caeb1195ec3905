using System.Collections.Concurrent;
using Medallion.Threading.Postgres;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// A named lease that one node holds at a time, for work that must not run on two nodes at once: a whole pass of a job
/// (the daily digest, scheduled publishing, retention), one import batch, migrating at start-up. Held until disposed.
/// </summary>
/// <remarks>
/// On PostgreSQL it is a session advisory lock (DistributedLock.Postgres) on a connection of its own: the server releases it
/// when that connection ends, so a node killed with kill -9 lets go at once (its socket closes) and another node takes the
/// work over at its next poll; a node cut off without its socket closing is let go when the server's TCP keepalive gives up.
/// On SQLite the portal is one process by definition, and a lock in this process per database is enough. On SQL Server
/// the lease is that in-process lock too, so it does not keep two nodes apart there: the per-item claims each job also
/// makes (the outbox's conditional update, the digest's (department, day) key, retention's and scheduled publishing's
/// conditional updates) keep the work from being done twice, but two nodes may validate or import the same batch at once.
/// The leases are a first line on every provider, never the only one: a lease lost with its connection (a PostgreSQL
/// restart) lets a second node start the same pass, and those claims are what keeps that pass from doing anything twice.
/// </remarks>
public sealed class WorkLease(DatabaseProvider provider, string connectionString)
{
    /// <summary>One gate per database and name, shared by every portal in this process (tests run several).</summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> LocalGates = new(StringComparer.Ordinal);

    /// <summary>The lease when no other node holds it now, otherwise null (the caller skips the work).</summary>
    public Task<IAsyncDisposable?> TryTakeAsync(string name, CancellationToken ct) => TakeAsync(name, TimeSpan.Zero, ct);

    /// <summary>The lease once the node holding it lets go, or <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task<IAsyncDisposable> WaitAsync(string name, TimeSpan timeout, CancellationToken ct) =>
        await TakeAsync(name, timeout, ct) ?? throw new TimeoutException($"Lease '{name}' still held by another node after {timeout}.");

    private async Task<IAsyncDisposable?> TakeAsync(string name, TimeSpan timeout, CancellationToken ct)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            // Hashed into the 64-bit advisory key space; the prefix keeps clear of locks other software takes on the database.
            var key = new PostgresAdvisoryLockKey("publicportal:" + name, allowHashing: true);
            return await new PostgresDistributedLock(key, connectionString).TryAcquireAsync(timeout, ct);
        }
        var gate = LocalGates.GetOrAdd(connectionString + "\n" + name, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(timeout, ct) ? new LocalLease(gate) : null;
    }

    private sealed class LocalLease(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
