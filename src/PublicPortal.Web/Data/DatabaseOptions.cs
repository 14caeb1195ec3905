namespace PublicPortal.Web.Data;

/// <summary>Which database the portal runs on. Bound from the "Database" section.</summary>
public class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (default, embedded), Postgres or SqlServer.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts. On by default because the embedded SQLite database
    /// must create itself on first run; turn it off where a deployment migrates separately (see README).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Load the labelled 示例数据 registers when the database has no register entries yet.</summary>
    public bool LoadSampleData { get; set; }
}

public enum DatabaseProvider { Sqlite, Postgres, SqlServer }
