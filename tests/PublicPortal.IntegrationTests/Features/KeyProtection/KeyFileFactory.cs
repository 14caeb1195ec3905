using Microsoft.Data.Sqlite;
using PublicPortal.IntegrationTests.Infrastructure;

namespace PublicPortal.IntegrationTests.Features.KeyProtection;

/// <summary>
/// The portal as the README's two commands run it: no KEK configured, so it creates its own key file — here in this
/// factory's scratch folder, the stand-in for a checkout's App_Data/keys — on a SQLite file (on PostgreSQL: a database of
/// its own). <paramref name="settings"/> adds KeyProtection settings or points it at another factory's database.
/// </summary>
public class KeyFileFactory(Dictionary<string, string?>? settings = null, string environment = "Development") : PortalFactory
{
    protected override bool UseFileDatabase => true;

    protected override string Environment_ => environment;

    public string KeyFolder => Path.Combine(ScratchFolder, "keys");

    public string KeyFile => Path.Combine(KeyFolder, Web.Infrastructure.KeyEncryptionKeys.DefaultFileName);

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var all = new Dictionary<string, string?> { ["KeyProtection:Secret"] = "", ["KeyProtection:KeyFolder"] = KeyFolder };
            foreach (var (key, value) in settings ?? []) all[key] = value;
            return all;
        }
    }

    /// <summary>What an attacker takes: the SQLite file with its -wal/-shm companions, copied into
    /// <paramref name="target"/>'s database file before that factory starts. On PostgreSQL the other factory is pointed at
    /// this database instead (see <see cref="CopyOf"/>).</summary>
    public void CopyDatabaseTo(KeyFileFactory target)
    {
        if (OnPostgres) return;
        using (var connection = new SqliteConnection(ConnectionString))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (!File.Exists(DatabaseFile + suffix)) continue;
            using var source = new FileStream(DatabaseFile + suffix, FileMode.Open, FileAccess.Read,
                FileShare.ReadWrite | FileShare.Delete);
            using var copy = File.Create(target.DatabaseFile + suffix);
            source.CopyTo(copy);
        }
    }

    /// <summary>Settings for a second instance on this one's data: on SQLite its own copy (see <see cref="CopyDatabaseTo"/>),
    /// on PostgreSQL this very database.</summary>
    public Dictionary<string, string?> CopyOf() =>
        OnPostgres ? new() { ["ConnectionStrings:Portal"] = ConnectionString } : [];
}
