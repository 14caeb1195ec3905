using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PublicPortal.Web.Data;

namespace PublicPortal.IntegrationTests.Data;

/// <summary>
/// SQLite rebuilds a table to alter a column; <see cref="SqliteRebuildsInOneTransaction"/> keeps that in one transaction.
/// Run through the real migrator on a small database of their own (<see cref="RebuildContext"/>), configured as the app
/// configures the portal's, on SQLite whatever provider the suite runs on.
/// </summary>
public sealed class SqliteRebuildTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"rebuild-{Guid.NewGuid():N}.db");
    private string ConnectionString => $"Data Source={_file};Pooling=False";

    [Fact]
    public void Script_TurnsForeignKeysOffBeforeTheTransaction_AndRunsEveryRebuildStepInsideIt()
    {
        using var db = RebuildContext.Create(ConnectionString);
        var script = db.GetService<IMigrator>().GenerateScript(RebuildContext.Initial, RebuildContext.Rebuild);

        Assert.Equal(1, Count(script, "BEGIN TRANSACTION;"));
        Assert.Equal(1, Count(script, "COMMIT;"));
        Assert.Equal(1, Count(script, "PRAGMA foreign_keys = 0;"));
        Assert.DoesNotContain("defer_foreign_keys", script);
        string[] inOrder = ["PRAGMA foreign_keys = 0;", "BEGIN TRANSACTION;", "CREATE TABLE \"ef_temp_Parents\"",
            "DROP TABLE \"Parents\";", "ALTER TABLE \"ef_temp_Parents\" RENAME TO \"Parents\";", "CREATE UNIQUE INDEX \"IX_Parents_Name\"",
            "pragma_foreign_key_check", "COMMIT;", "PRAGMA foreign_keys = 1;"];
        var positions = inOrder.Select(s => script.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.True(positions.SequenceEqual(positions.Order()), script);
    }

    [Fact]
    public void RebuildThatFailsHalfWay_LeavesTableRowsAndHistoryAsTheyWere()
    {
        Arrange("INSERT INTO Parents (Id, Name) VALUES (1, '甲'), (2, '甲');", "INSERT INTO Children (Id, ParentId) VALUES (1, 1), (2, 2);");
        var before = Snapshot();

        // The unique index is created after the old table has been dropped and the new one renamed: it fails on the twin names.
        using (var db = RebuildContext.Create(ConnectionString))
        {
            var error = Assert.Throws<SqliteException>(() => db.Database.Migrate());
            Assert.Contains("UNIQUE", error.Message);
        }

        Assert.Equal(before, Snapshot());
        Assert.Contains("Children|1|1", before);
        Assert.DoesNotContain(before, row => row.Contains("ef_temp", StringComparison.Ordinal));
    }

    [Fact]
    public void RebuildThatWouldLeaveAReferenceDangling_IsRolledBack()
    {
        // A child row whose parent is gone (written with enforcement off): the rebuild must not commit on top of it.
        Arrange("PRAGMA foreign_keys = 0; INSERT INTO Parents (Id, Name) VALUES (1, '甲');",
            "INSERT INTO Children (Id, ParentId) VALUES (1, 1), (2, 7);");
        var before = Snapshot();

        using (var db = RebuildContext.Create(ConnectionString))
        {
            var error = Assert.Throws<SqliteException>(() => db.Database.Migrate());
            Assert.Contains("dangling_references", error.Message);
        }

        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void SuccessfulRebuild_KeepsEveryRow_AndForeignKeysHold()
    {
        Arrange("INSERT INTO Parents (Id, Name) VALUES (1, '甲'), (2, '乙');",
            "INSERT INTO Children (Id, ParentId) VALUES (1, 1), (2, 2), (3, 2);");

        using (var db = RebuildContext.Create(ConnectionString))
            db.Database.Migrate();

        var after = Snapshot();
        // ON DELETE CASCADE did not fire when the old Parents table was dropped.
        foreach (var row in new[] { "Parents|1|甲", "Parents|2|乙", "Children|1|1", "Children|2|2", "Children|3|2" })
            Assert.Contains(row, after);
        Assert.Contains($"History|{RebuildContext.Rebuild}", after);
        Assert.Contains(after, row => row.StartsWith("index|IX_Parents_Name|Parents|CREATE UNIQUE", StringComparison.Ordinal));
        using var connection = Open();
        Assert.Empty(Rows(connection, "PRAGMA foreign_key_check"));
        Assert.Equal(["1"], Rows(connection, "PRAGMA foreign_keys"));
        var orphan = Assert.Throws<SqliteException>(() => Execute(connection, "INSERT INTO Children (Id, ParentId) VALUES (9, 99);"));
        Assert.Contains("FOREIGN KEY", orphan.Message);
        Execute(connection, "DELETE FROM Parents WHERE Id = 2;");
        Assert.Equal(["1"], Rows(connection, "SELECT COUNT(*) FROM Children"));
    }

    /// <summary>Applies the first migration only, then writes the given rows.</summary>
    private void Arrange(params string[] sql)
    {
        using (var db = RebuildContext.Create(ConnectionString))
            db.GetService<IMigrator>().Migrate(RebuildContext.Initial);
        using var connection = Open();
        foreach (var statement in sql) Execute(connection, statement);
    }

    /// <summary>Every schema object, row and history entry, one line each.</summary>
    private List<string> Snapshot()
    {
        using var connection = Open();
        return
        [
            .. Rows(connection, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"),
            .. Rows(connection, "SELECT 'Parents', Id, Name FROM Parents ORDER BY Id"),
            .. Rows(connection, "SELECT 'Children', Id, ParentId FROM Children ORDER BY Id"),
            .. Rows(connection, "SELECT 'History', MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId"),
        ];
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetString(i))));
        return rows;
    }

    private static int Count(string text, string value) => text.Split(value).Length - 1;

    public void Dispose() => File.Delete(_file);
}

/// <summary>Parents, and Children that reference them with ON DELETE CASCADE; the second migration rebuilds Parents.</summary>
public class RebuildContext(DbContextOptions<RebuildContext> options) : DbContext(options)
{
    public const string Initial = "20260101000000_Initial";
    public const string Rebuild = "20260101000001_RebuildParents";

    public static RebuildContext Create(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<RebuildContext>();
        DataServiceCollectionExtensions.Configure(builder, DatabaseProvider.Sqlite, connectionString);
        // The migrations carry their target models but no snapshot: there is no model to compare them with.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return new RebuildContext(builder.Options);
    }

    internal static void BuildModel(ModelBuilder model, bool rebuilt)
    {
        model.Entity("Parent", b =>
        {
            b.Property<int>("Id").ValueGeneratedOnAdd();
            var name = b.Property<string>("Name");
            if (rebuilt)
            {
                name.IsRequired().HasMaxLength(40);
                b.HasIndex("Name").IsUnique();
            }
            else name.IsRequired(false);
            b.HasKey("Id");
            b.ToTable("Parents");
        });
        model.Entity("Child", b =>
        {
            b.Property<int>("Id").ValueGeneratedOnAdd();
            b.Property<int>("ParentId");
            b.HasKey("Id");
            b.HasIndex("ParentId");
            b.HasOne("Parent").WithMany().HasForeignKey("ParentId").OnDelete(DeleteBehavior.Cascade);
            b.ToTable("Children");
        });
    }
}

[DbContext(typeof(RebuildContext))]
[Migration(RebuildContext.Initial)]
public class RebuildInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("Parents", t => new
        {
            Id = t.Column<int>().Annotation("Sqlite:Autoincrement", true),
            Name = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Parents", x => x.Id));
        migrationBuilder.CreateTable("Children", t => new
        {
            Id = t.Column<int>().Annotation("Sqlite:Autoincrement", true),
            ParentId = t.Column<int>(),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Children", x => x.Id);
            t.ForeignKey("FK_Children_Parents_ParentId", x => x.ParentId, "Parents", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_Children_ParentId", "Children", "ParentId");
    }

    protected override void BuildTargetModel(ModelBuilder modelBuilder) => RebuildContext.BuildModel(modelBuilder, rebuilt: false);
}

/// <summary>
/// Makes Parents.Name required, which SQLite does by rebuilding Parents. The target model also indexes Name uniquely, so the
/// rebuild recreates that index after the new table took the old one's place: the step that fails on duplicate names.
/// </summary>
[DbContext(typeof(RebuildContext))]
[Migration(RebuildContext.Rebuild)]
public class RebuildParents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterColumn<string>("Name", "Parents", maxLength: 40, nullable: false, oldNullable: true);
    }

    protected override void BuildTargetModel(ModelBuilder modelBuilder) => RebuildContext.BuildModel(modelBuilder, rebuilt: true);
}
