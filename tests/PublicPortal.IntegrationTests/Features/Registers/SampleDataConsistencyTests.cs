using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.OpenData;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.IntegrationTests.Features.Registers;

/// <summary>
/// The sample data and the documentation's examples must hold up to a careful reader: valid credit codes (GB 32100),
/// nothing decided after it was published, equipment sizes in the units and ranges the plans use.
/// </summary>
public partial class SampleDataConsistencyTests(SampleDataFactory factory) : IClassFixture<SampleDataFactory>
{
    private static DateOnly Day(DateTime utc) => ChinaTime.DateInChina(utc);

    [Fact]
    public async Task EverySampleCreditCode_PassesTheCheckCharacter()
    {
        var codes = await factory.WithDbAsync(async db => (await db.Enterprises.Select(e => e.CreditCode).ToListAsync())
            .Concat(await db.Tips.Where(t => t.CreditCode != null).Select(t => t.CreditCode!).ToListAsync()).ToList());
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.True(CreditCode.IsValid(c), $"invalid credit code {c}"));
    }

    [Fact]
    public async Task EveryExampleCreditCode_InTheDataDictionaries_IsValid()
    {
        using var scope = factory.Services.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<DatasetCatalog>();
        var fields = catalog.All.SelectMany(d => d.Fields.Concat(d.ChangeFields)).Concat(AnnualListDataset.DiffFields)
            .Where(f => f.Name.Contains("credit_code")).ToList();
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.True(CreditCode.IsValid(f.Example), $"{f.Name}: example {f.Example} fails GB 32100"));

        // And whatever looks like a code on the rendered dictionary pages.
        var client = factory.CreateClient();
        foreach (var dataset in catalog.All)
        {
            var text = (await client.GetPageAsync($"/data/{dataset.Slug}")).Body!.TextContent;
            foreach (Match m in CodeLike().Matches(text))
                Assert.True(CreditCode.IsValid(m.Value), $"/data/{dataset.Slug}: {m.Value} fails GB 32100");
        }
    }

    [Fact]
    public async Task SampleRegisters_DecideBeforeTheyPublish_AndPublishNothingInTheFuture()
    {
        var now = factory.Clock.UtcNow();
        await factory.WithDbAsync(async db =>
        {
            foreach (var e in await db.PhaseOutEntries.AsNoTracking().ToListAsync())
            {
                Assert.True(e.PublishedAt <= now);
                Assert.True(e.CompletedOn is null || e.CompletedOn <= Day(e.PublishedAt), $"phase-out {e.Id} completed after publication");
                Assert.True(e.AcceptedOn is null || e.AcceptedOn <= Day(e.PublishedAt), $"phase-out {e.Id} accepted after publication");
                Assert.True(e.AcceptedOn is null || e.AcceptedOn >= e.CompletedOn, $"phase-out {e.Id} accepted before completion");
            }
            foreach (var n in await db.SealingNotices.AsNoTracking().Include(n => n.Reinspections).ToListAsync())
            {
                Assert.True(n.SealedOn <= Day(n.PublishedAt) && n.PledgedOn <= Day(n.PublishedAt),
                    $"sealing {n.Id} sealed after publication");
                Assert.True(n.UpdatedAt <= now && n.UpdatedAt >= n.PublishedAt);
                Assert.True(n.DismantledOn is null || n.DismantledOn <= Day(n.UpdatedAt),
                    $"sealing {n.Id} dismantled after its last update");
                Assert.All(n.Reinspections, r =>
                    Assert.True(r.InspectedOn <= Day(n.UpdatedAt), $"sealing {n.Id} re-inspected after its last update"));
            }
            foreach (var c in await db.CardListings.AsNoTracking().ToListAsync())
                Assert.True(c.ListedOn <= Day(c.PublishedAt) && c.PublishedAt <= now, $"card {c.Id} listed after publication");
            foreach (var v in await db.EmissionViolations.AsNoTracking().ToListAsync())
            {
                Assert.True(v.FoundOn <= Day(v.PublishedAt) && v.PublishedAt <= now, $"emission {v.Id} found after publication");
                Assert.True(v.PenaltyDecidedOn is null || (v.PenaltyDecidedOn >= v.FoundOn && v.PenaltyDecidedOn <= Day(v.PublishedAt)),
                    $"emission {v.Id}: penalty {v.PenaltyDecidedOn} against finding {v.FoundOn} and publication {Day(v.PublishedAt)}");
            }
            foreach (var q in await db.QualityFailures.AsNoTracking().ToListAsync())
                Assert.True(q.InspectedOn <= Day(q.PublishedAt) && q.PublishedAt <= now, $"quality {q.Id} inspected after publication");
        });
    }

    [Fact]
    public async Task SampleEquipment_UsesThePlansUnitsAndLimits()
    {
        var equipment = await factory.WithDbAsync(async db => (await db.PhaseOutEntries.Select(e => e.Equipment).ToListAsync())
            .Concat(await db.SealingNotices.Select(n => n.SealedEquipment).ToListAsync()).ToList());
        Assert.NotEmpty(equipment);
        foreach (var text in equipment)
        {
            foreach (Match m in BlastFurnace().Matches(text)) Assert.True(Number(m) <= 400, text);   // ≤ 400 m³
            foreach (Match m in SteelFurnace().Matches(text)) Assert.True(Number(m) <= 30, text);    // ≤ 30 t
            foreach (Match m in MillDiameter().Matches(text)) Assert.True(Number(m) <= 3.0, text);   // φ3.0 m and below
            Assert.DoesNotMatch(@"φ\d{2,}米", text);
        }
    }

    private static double Number(Match m) => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b[0-9A-Z]{2}\d{6}[0-9A-Z]{10}\b")]
    private static partial Regex CodeLike();
    [GeneratedRegex(@"(\d+(?:\.\d+)?)立方米炼铁高炉")]
    private static partial Regex BlastFurnace();
    [GeneratedRegex(@"(\d+(?:\.\d+)?)吨(?:炼钢转炉|炼钢电炉|中频感应炉)")]
    private static partial Regex SteelFurnace();
    [GeneratedRegex(@"φ(\d+(?:\.\d+)?)米")]
    private static partial Regex MillDiameter();
}
