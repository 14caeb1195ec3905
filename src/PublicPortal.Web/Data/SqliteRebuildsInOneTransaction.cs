using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace PublicPortal.Web.Data;

/// <summary>
/// Runs a SQLite migration that rebuilds a table (create ef_temp_X, copy, drop X, rename) in one transaction, so a step
/// that fails half-way leaves the database, its rows and __EFMigrationsHistory exactly as they were.
/// </summary>
/// <remarks>
/// EF Core 10 copies the rows in one transaction, commits, turns foreign keys off (a PRAGMA that SQLite ignores inside a
/// transaction), drops and renames in a second one, turns them on and recreates the indexes in a third: a failure in the
/// later steps leaves the table rebuilt but the migration unrecorded. <c>PRAGMA defer_foreign_keys</c> inside one transaction
/// is no way out: dropping the old table still fires ON DELETE CASCADE on the rows that reference it (EF Core issue 37598,
/// the reason EF reverted that approach). So foreign keys go off first, before any step of the migration (committing only
/// earlier, complete migrations), every step runs in one transaction, <c>foreign_key_check</c> must find no dangling
/// reference before it commits, and foreign keys come on again after. One gap remains, as for any EF command that
/// suppresses the transaction: the history row is written just after that last PRAGMA, in a transaction of its own.
/// </remarks>
public class SqliteRebuildsInOneTransaction(
    MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    private const string ForeignKeysOff = "PRAGMA foreign_keys = 0;";
    private const string ForeignKeysOn = "PRAGMA foreign_keys = 1;";

    public override IReadOnlyList<MigrationCommand> Generate(IReadOnlyList<MigrationOperation> operations, IModel? model = null,
        MigrationsSqlGenerationOptions options = MigrationsSqlGenerationOptions.Default)
    {
        var commands = base.Generate(operations, model, options);
        static bool IsForeignKeysPragma(MigrationCommand c) =>
            c.TransactionSuppressed && c.CommandText.Trim() is ForeignKeysOff or ForeignKeysOn;
        if (!commands.Any(IsForeignKeysPragma)) return commands;

        var off = new MigrationCommandListBuilder(Dependencies);
        off.AppendLine(ForeignKeysOff).EndCommand(suppressTransaction: true);
        var after = new MigrationCommandListBuilder(Dependencies);
        // Fails the statement, and so the migration, when a rebuilt table leaves a reference dangling.
        after.Append("CREATE TEMP TABLE \"ef_rebuild_check\" ")
            .AppendLine("(\"dangling_references\" INTEGER NOT NULL CHECK (\"dangling_references\" = 0));")
            .AppendLine("INSERT INTO \"ef_rebuild_check\" SELECT COUNT(*) FROM pragma_foreign_key_check;")
            .AppendLine("DROP TABLE \"ef_rebuild_check\";")
            .EndCommand();
        after.AppendLine(ForeignKeysOn).EndCommand(suppressTransaction: true);
        return [.. off.GetCommandList(), .. commands.Where(c => !IsForeignKeysPragma(c)), .. after.GetCommandList()];
    }
}
