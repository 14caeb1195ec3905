namespace PublicPortal.BrowserTests.Infrastructure;

/// <summary>Finds a file under tests/PublicPortal.BrowserTests/node_modules (installed by `npm ci`, which run-all.sh does).</summary>
public static class NodeModules
{
    public static string Find(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine([dir.FullName, "tests", "PublicPortal.BrowserTests", "node_modules", .. parts]);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException($"node_modules/{string.Join('/', parts)} not found: " +
            "run `npm ci` in tests/PublicPortal.BrowserTests (tests/run-all.sh does)");
    }
}
