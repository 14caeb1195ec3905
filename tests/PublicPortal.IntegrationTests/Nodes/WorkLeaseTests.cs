using System.Diagnostics;
using System.Globalization;
using Medallion.Threading.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Nodes;

/// <summary>The lease nodes take turns with: held by one node at a time, free at once when its holder's connection dies
/// (PostgreSQL), and around migrating and seeding, so two nodes can start together on an empty database.</summary>
public class WorkLeaseTests
{
    private readonly TestSmtp _smtp = TestSmtp.Require();

    [Fact]
    public async Task TwoNodesStartingAtOnce_OnADatabaseThatDoesNotExistYet_BothStart_AndMigrateAndSeedOnce()
    {
        var pgName = "portal_test_fresh_" + Guid.NewGuid().ToString("N")[..12];
        using var first = new WorkerNode(_smtp);
        var database = PortalFactory.PostgresServer is { } server
            ? new NpgsqlConnectionStringBuilder(server) { Database = pgName }.ConnectionString
            : $"Data Source={Path.Combine(first.ScratchFolder, "fresh.db")};Pooling=False";
        using var second = new WorkerNode(_smtp);
        first.Extra["ConnectionStrings:Portal"] = database;
        second.Extra["ConnectionStrings:Portal"] = database;
        try
        {
            await Task.WhenAll(Task.Run(() => first.Start()), Task.Run(() => second.Start()));

            var applied = await first.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync());
            var all = await first.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations()));
            Assert.Equal(all, applied);
            var codes = await first.WithDbAsync(db => db.Departments.Select(d => d.Code).ToListAsync());
            Assert.NotEmpty(codes);
            Assert.Equal(codes.Count, codes.Distinct().Count());
            var roles = await first.WithDbAsync(db => db.Roles.Select(r => r.Name).ToListAsync());
            Assert.Equal(roles.Count, roles.Distinct().Count());
            Assert.Equal(200, (int)(await second.CreateClient().GetAsync("/")).StatusCode);
        }
        finally
        {
            second.Dispose();
            first.Dispose();
            if (PortalFactory.PostgresServer is { } admin)
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {pgName} WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }

    [Fact]
    public async Task ALease_IsHeldByOneNodeAtATime_AndIsFreeAtOnceWhenItsHoldersConnectionDies()
    {
        using var first = new WorkerNode(_smtp).Start();
        using var second = new WorkerNode(_smtp, sameDatabaseAs: first).Start();
        var mine = first.Services.GetRequiredService<WorkLease>();
        var theirs = second.Services.GetRequiredService<WorkLease>();

        var held = await mine.TryTakeAsync("lease-test", default);
        Assert.NotNull(held);
        Assert.Null(await theirs.TryTakeAsync("lease-test", default));
        await using (var other = await theirs.TryTakeAsync("another-lease", default)) Assert.NotNull(other); // names are apart
        await Assert.ThrowsAsync<TimeoutException>(() => theirs.WaitAsync("lease-test", TimeSpan.FromMilliseconds(200), default));

        if (PortalFactory.OnPostgres)
        {
            // The holder dies as under kill -9: its connection goes, the lease is not released by the portal.
            await using var admin = new NpgsqlConnection(first.ConnectionString);
            await admin.OpenAsync();
            // The lease's advisory key: 64 bits, which pg_locks shows as two 32-bit halves.
            var key = long.Parse(new PostgresAdvisoryLockKey("publicportal:lease-test", allowHashing: true).ToString(),
                NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            await using var kill = new NpgsqlCommand("""
                SELECT pg_terminate_backend(pid) FROM pg_locks
                WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND classid::bigint = @high AND objid::bigint = @low
                  AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                """, admin);
            kill.Parameters.AddWithValue("high", (long)(uint)(key >> 32));
            kill.Parameters.AddWithValue("low", (long)(uint)key);
            Assert.Equal(true, await kill.ExecuteScalarAsync());
        }
        else
        {
            await held!.DisposeAsync(); // SQLite: one process, the lease ends when its holder lets go
        }

        var waited = Stopwatch.StartNew();
        IAsyncDisposable? taken;
        while ((taken = await theirs.TryTakeAsync("lease-test", default)) is null)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "the lease is still held 10 s after its holder died");
            await Task.Delay(50);
        }
        await taken.DisposeAsync();
    }
}
