using Microsoft.AspNetCore.Hosting;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Content;

namespace PublicPortal.IntegrationTests.Features.Content;

/// <summary>The portal on a copy of content/ in which one policy document has a malformed date.</summary>
public sealed class BrokenContentFactory : PortalFactory
{
    public string ContentPath { get; } = Path.Combine(Path.GetTempPath(), "pp-content-" + Guid.NewGuid().ToString("N")[..8]);

    public BrokenContentFactory()
    {
        var source = ContentServiceCollectionExtensions.ResolveFolder(null, "content", AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException("content/");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(ContentPath, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var shenzhen = File.ReadAllText(Path.Combine(ContentPath, "policies", "shenzhen-2019.md"));
        File.WriteAllText(Path.Combine(ContentPath, "policies", "zz-broken.md"),
            shenzhen.Replace("slug: shenzhen-2019", "slug: zz-broken").Replace("date: 2019-05-21", "date: 2019-02-30"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Content:Path", ContentPath);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(ContentPath)) Directory.Delete(ContentPath, recursive: true);
    }
}

public class BrokenContentTests
{
    [Fact]
    public void Startup_Fails_NamingTheFileAndTheField_WhenAPolicyDocumentIsBroken()
    {
        using var factory = new BrokenContentFactory();
        var error = Record.Exception(() => factory.CreateClient());
        Assert.NotNull(error);
        var messages = string.Join(" | ", Chain(error));
        Assert.Contains("zz-broken.md", messages);
        Assert.Contains("date", messages);
        Assert.Contains("2019-02-30", messages);
    }

    private static IEnumerable<string> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e.Message;
            if (e is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                    yield return inner;
        }
    }
}
