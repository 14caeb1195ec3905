using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Data;
using PublicPortal.Web.Features.Registers;
using Xunit.Abstractions;

namespace PublicPortal.IntegrationTests.Features.OpenData;

/// <summary>Alone, so no other test's allocations blur the memory samples (run it alone with --filter LargeExport).</summary>
[CollectionDefinition(nameof(LargeExportAlone), DisableParallelization = true)]
public class LargeExportAlone;

/// <summary>1,000,000 published phase-out rows: one made by the builders, copied 999,999 times in one INSERT … SELECT.</summary>
public class LargeExportFixture : PortalFactory, IAsyncLifetime
{
    public const int Rows = 1_000_000;

    public double LoadSeconds { get; private set; }

    public async Task InitializeAsync() => await WithDbAsync(async db =>
    {
        var template = await TestData.PhaseOutAsync(db, await TestData.EnterpriseAsync(db, "百万行测试钢铁有限公司", "440304"),
            e => { e.Equipment = "1×450立方米炼铁高炉，含“引号”和,逗号"; e.Remarks = "=1+1"; });
        var entity = db.Model.FindEntityType(typeof(PhaseOutEntry))!;
        var columns = entity.GetProperties().Where(p => p.Name != nameof(PhaseOutEntry.Id))
            .Select(p => $"\"{p.GetColumnName()}\"").ToList();
        var list = string.Join(", ", columns);
        var copied = string.Join(", ", columns.Select(c => "t." + c));
        var sql = Provider == DatabaseProvider.Postgres
            // Foreign-key triggers off for the load (every copied key is the template's, already checked): a million
            // per-row checks would otherwise take most of a minute. Test servers connect as a superuser.
            ? "SET session_replication_role = replica; " +
              $"INSERT INTO \"PhaseOutEntries\" ({list}) SELECT {copied} " +
              $"FROM generate_series(2, {Rows}) AS n(i), \"PhaseOutEntries\" t WHERE t.\"Id\" = {template.Id}; " +
              "SET session_replication_role = DEFAULT;"
            : $"WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < {Rows}) " +
              $"INSERT INTO \"PhaseOutEntries\" ({list}) SELECT {copied} FROM n, \"PhaseOutEntries\" t WHERE t.\"Id\" = {template.Id}";
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(2));
        var load = Stopwatch.StartNew();
        await db.Database.ExecuteSqlRawAsync(sql);
        LoadSeconds = load.Elapsed.TotalSeconds;
        Assert.Equal(Rows, await db.PhaseOutEntries.CountAsync());
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

[Collection(nameof(LargeExportAlone))]
public class LargeExportTests(LargeExportFixture factory, ITestOutputHelper output) : IClassFixture<LargeExportFixture>
{
    private const long SampleEveryBytes = 16L << 20;
    private const long MaxGrowthBytes = 64L << 20;

    [Fact]
    public async Task Get_MillionRowCsv_StreamsWithBoundedMemory()
    {
        var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        var clock = Stopwatch.StartNew();

        using var response = await client.GetAsync("/data/phase-out.csv", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long total = 0, nextSample = SampleEveryBytes, lines = 0;
        int read;
        var first = true;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            if (first) { Assert.Equal(Downloads.Bom, buffer[..3]); first = false; }
            total += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            if (total >= nextSample)
            {
                // Live objects only (a full collection first): garbage that is merely not yet collected is not growth.
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                nextSample += SampleEveryBytes;
            }
        }
        output.WriteLine($"loaded in {factory.LoadSeconds:0.0} s; " +
            $"{total / (1 << 20)} MB, {lines} lines in {clock.Elapsed.TotalSeconds:0.0} s; " +
            $"live heap grew at most {(peak - baseline) / (1 << 20)} MB");

        Assert.Equal(LargeExportFixture.Rows + 1, lines); // header + one CRLF-terminated line per row
        Assert.True(total > 4 * MaxGrowthBytes, $"the body ({total} bytes) should dwarf the bound");
        Assert.True(peak - baseline < MaxGrowthBytes, $"live managed memory grew by {peak - baseline} bytes while streaming {total} bytes");
    }
}
