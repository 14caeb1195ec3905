using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Audit;
using PublicPortal.Web.Features.Publishing;
using PublicPortal.Web.Features.Staff;
using static PublicPortal.IntegrationTests.Pages.Staff.Imports.ImportPages;

namespace PublicPortal.IntegrationTests.Nodes;

/// <summary>Import batches on two nodes of one database: each batch is written by one node only, and a batch whose node died
/// half-way is imported by the other, once.</summary>
public class ImportWorkerTests
{
    private const string Officer = "nodes-import@test.local", Department = "440800-gxj";
    private readonly TestSmtp _smtp = TestSmtp.Require();

    [Fact]
    public async Task ABatch_IsImportedByOneNodeOnly_WhileBothNodesPoll()
    {
        using var first = new WorkerNode(_smtp);
        first.Extra["Imports:ChunkSize"] = "1";
        first.Start();
        using var second = new WorkerNode(_smtp, sameDatabaseAs: first);
        second.Extra["Imports:ChunkSize"] = "1";
        second.Start();
        await StaffLogin.CreateAsync(first, Officer, StaffRoles.Officer, Department);
        var client = await StaffLogin.SignInAsync(first, Officer);

        var (id, report) = await ValidateAsync(client, "phase-out-good.csv", Fixture("phase-out-good.csv"));
        var done = await ImportAsync(client, id, report);

        Assert.Equal("3", done.QuerySelector("#imported-rows")!.TextContent);
        Assert.Equal(3, await first.WithDbAsync(db => db.PhaseOutEntries.IgnoreQueryFilters().CountAsync(e => e.ImportBatchId == id)));
        Assert.Single(new[] { first, second }, node => node.Hooks.BatchesWritten.Contains(id));
        Assert.Equal(1, await first.WithDbAsync(db =>
            db.AuditEntries.CountAsync(a => a.Action == AuditActions.RegisterImport && a.Subject == $"ImportBatch:{id}")));
    }

    [Fact]
    public async Task AnImportWhoseNodeDiedHalfway_IsLeftAloneWhileHeld_ThenImportedOnceByTheOtherNode()
    {
        using var survivor = new WorkerNode(_smtp);
        survivor.Extra["Imports:PollSeconds"] = "3600"; // it runs batches only when the test asks it to
        survivor.Start();
        using var dying = new WorkerNode(_smtp, sameDatabaseAs: survivor);
        dying.Extra["Imports:ChunkSize"] = "1";
        dying.Hooks.DiesAfterFirstChunk = true;
        dying.Start();
        await StaffLogin.CreateAsync(dying, Officer, StaffRoles.Officer, Department);
        var client = await StaffLogin.SignInAsync(dying, Officer);
        var (id, report) = await ValidateAsync(client, "phase-out-good.csv", Fixture("phase-out-good.csv"));

        await PostAsync(client, report, "import");
        await dying.Hooks.Died.Task.WaitAsync(TimeSpan.FromSeconds(30)); // one entry written, in a transaction never committed
        Assert.False(await survivor.Imports.RunNextAsync(default)); // the batch is held: the survivor leaves it alone
        Assert.Equal(ImportStatus.Importing, await StatusAsync(survivor, id));

        dying.Dispose(); // its import's transaction rolls back, and its lease on the batch goes with its connection
        Assert.True(await survivor.Imports.RunNextAsync(default));

        var batch = await survivor.WithDbAsync(db => db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id));
        Assert.Equal((ImportStatus.Imported, 3), (batch.Status, batch.ImportedRows));
        Assert.Equal(3, await survivor.WithDbAsync(db => db.PhaseOutEntries.IgnoreQueryFilters().CountAsync(e => e.ImportBatchId == id)));
        Assert.Contains(id, survivor.Hooks.BatchesWritten);
    }

    private static Task<ImportStatus> StatusAsync(PortalFactory node, int id) =>
        node.WithDbAsync(db => db.ImportBatches.Where(b => b.Id == id).Select(b => b.Status).SingleAsync());
}
