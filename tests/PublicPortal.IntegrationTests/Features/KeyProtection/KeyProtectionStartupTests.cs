using System.Net;

namespace PublicPortal.IntegrationTests.Features.KeyProtection;

/// <summary>Outside Development the portal does not start with a key ring that a copy of the database would disclose.</summary>
public sealed class KeyProtectionStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-kek-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Production_WithoutAnyKek_RefusesToStart_AndSaysWhy()
    {
        var blocker = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(blocker, ""); // the default key folder cannot be created under a file
        using var factory = new KeyFileFactory(new() { ["KeyProtection:KeyFolder"] = Path.Combine(blocker, "keys") }, "Production");

        var e = Record.Exception(() => factory.Services);
        Assert.NotNull(e);
        var messages = string.Join(" | ", Chain(e).Select(x => x.Message));
        Assert.Contains("密钥环未受保护，拒绝启动", messages);
        Assert.Contains(factory.Logs.Entries,
            l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("KeyProtection:Secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Production_WithItsOwnKeyFile_Starts_AndKeepsTheKeyFileToItsUser()
    {
        using var factory = new KeyFileFactory(environment: "Production");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/")).StatusCode);
        Assert.True(File.Exists(factory.KeyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(factory.KeyFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
                File.GetUnixFileMode(factory.KeyFolder));
        }
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            yield return x;
            if (x is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain)) yield return inner;
        }
    }
}
