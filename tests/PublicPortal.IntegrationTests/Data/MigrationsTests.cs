using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Data;

namespace PublicPortal.IntegrationTests.Data;

/// <summary>
/// Guards the migrations (scaffolded by add-migration.sh): they must build an empty database on the provider under test (SQLite, or
/// PostgreSQL when PORTAL_TEST_POSTGRES is set) and match the model, so a model change without a migration fails here.
/// SQL Server cannot run on these machines; its test only checks what EF generates for it.
/// </summary>
public class MigrationsTests
{
    [Fact]
    public async Task Migrate_BuildsAnEmptyDatabase_AndLeavesNoPendingModelChanges()
    {
        // A brand-new database, so nothing the app does at start-up helps.
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
        // Checked first: Migrate() itself refuses to run on drift, with a message that does not say what drifted.
        AssertNoPendingModelChanges(db, database.Provider);

        await db.Database.MigrateAsync();

        var all = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(all);
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
        // Every entity's table exists and answers a query.
        foreach (var entity in db.Model.GetEntityTypes().Where(e => !e.HasSharedClrType))
        {
            var set = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(entity.ClrType).Invoke(db, null)!;
            Assert.Equal(0, await ((IQueryable<object>)set).CountAsync());
        }
    }

    [Fact]
    public void SqlServer_ModelAndMigrationsGenerateScripts_WithIdentityKeys()
    {
        // No server needed: EF builds the model and the migration SQL offline.
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DataServiceCollectionExtensions.Configure(options, DatabaseProvider.SqlServer,
            "Server=127.0.0.1,1;Database=PortalScriptOnly;User Id=sa;Password=not-used;TrustServerCertificate=True");
        using var db = new PortalDbContext(options.Options);

        AssertNoPendingModelChanges(db, DatabaseProvider.SqlServer);
        var createScript = db.Database.GenerateCreateScript();
        var migrationScript = db.GetService<IMigrator>().GenerateScript();

        var tablesWithId = db.Model.GetEntityTypes().Where(e => e.FindProperty("Id") is { ValueGenerated: ValueGenerated.OnAdd })
            .Select(e => e.GetTableName()!).Distinct().ToList();
        Assert.NotEmpty(tablesWithId);
        foreach (var table in tablesWithId)
        {
            Assert.Contains($"CREATE TABLE [{table}]", migrationScript);
            foreach (var (name, script) in new[] { ("migration", migrationScript), ("create", createScript) })
            {
                var ddl = TableDefinition(script, table);
                Assert.True(System.Text.RegularExpressions.Regex.IsMatch(ddl, @"\[Id\] (int|bigint) NOT NULL IDENTITY"),
                    $"{name} script: table {table} has no IDENTITY Id column:\n{ddl}");
            }
        }
        Assert.Contains("__EFMigrationsHistory", migrationScript);
    }

    [Fact]
    public void Model_KeepsEveryIdentifierWithinPostgresLimit()
    {
        // PostgreSQL truncates identifiers at 63 bytes and Npgsql shortens long conventional names its own way, so a long
        // name makes the PostgreSQL model differ from the shared migration. Checked on every provider, to fail early.
        using var database = new TestDatabase();
        using var db = database.CreateContext();
        var names = db.Model.GetRelationalModel().Tables.SelectMany(t =>
            new[] { t.Name }.Concat(t.Columns.Select(c => c.Name)).Concat(t.Indexes.Select(i => i.Name))
                .Concat(t.ForeignKeyConstraints.Select(f => f.Name)).Concat(t.UniqueConstraints.Select(u => u.Name)));
        Assert.DoesNotContain(names, n => System.Text.Encoding.UTF8.GetByteCount(n) > 63 || n.Contains('~'));
    }

    private static string TableDefinition(string script, string table)
    {
        var start = script.IndexOf($"CREATE TABLE [{table}] (", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no CREATE TABLE [{table}]");
        var end = script.IndexOf(");", start, StringComparison.Ordinal);
        return script[start..end];
    }

    private static void AssertNoPendingModelChanges(PortalDbContext db, DatabaseProvider provider)
    {
        if (db.Database.HasPendingModelChanges())
            Assert.Fail($"On {provider}, the model has changes no migration covers:\n{ModelDiff(db)}\n" +
                "Add a migration with src/PublicPortal.Web/Data/Migrations/add-migration.sh <Name>.");
    }

    /// <summary>What EF sees between the last migration's snapshot and the current model, for the failure message.</summary>
    private static string ModelDiff(PortalDbContext db)
    {
#pragma warning disable EF1001 // internal API, used only to explain a failure
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot?.Model;
        if (snapshot is null) return "(no model snapshot)";
        if (snapshot is Microsoft.EntityFrameworkCore.Metadata.Internal.Model { IsReadOnly: false } mutable)
            snapshot = mutable.FinalizeModel();
        snapshot = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot);
        var differences = db.GetService<IMigrationsModelDiffer>().GetDifferences(
            snapshot.GetRelationalModel(), db.GetService<IDesignTimeModel>().Model.GetRelationalModel());
#pragma warning restore EF1001
        return string.Join("\n", differences.Select(Describe));
    }

    private static string Describe(MigrationOperation operation) => operation switch
    {
        AlterColumnOperation c => $"AlterColumn {c.Table}.{c.Name}: [{Annotations(c.OldColumn)}] -> [{Annotations(c)}]; " +
            $"type {c.OldColumn.ClrType.Name}->{c.ClrType.Name}, nullable {c.OldColumn.IsNullable}->{c.IsNullable}, " +
            $"maxLength {c.OldColumn.MaxLength}->{c.MaxLength}, columnType {c.OldColumn.ColumnType}->{c.ColumnType}",
        _ => operation.GetType().Name + " " + string.Join(", ", operation.GetType().GetProperties()
            .Where(p => p.Name is "Name" or "Table" or "Columns")
            .Select(p => $"{p.Name}={(p.GetValue(operation) is string[] a ? string.Join("|", a) : p.GetValue(operation))}")),
    };

    private static string Annotations(Microsoft.EntityFrameworkCore.Infrastructure.IReadOnlyAnnotatable a) =>
        string.Join(", ", a.GetAnnotations().Select(x => $"{x.Name}={x.Value}"));
}
