namespace PublicPortal.Web.Features.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Registers the content pipeline. content/ is found from "Content:Path", else next to the app (published
    /// output), else by walking up from the content root (dotnet run from src/PublicPortal.Web).</summary>
    public static IServiceCollection AddContent(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var root = ResolveFolder(configuration["Content:Path"], "content", contentRoot)
            ?? throw new DirectoryNotFoundException("找不到 content/ 目录；请设置 Content:Path。");
        services.AddSingleton(new ContentOptions { RootPath = root });
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<PolicyDocumentParser>();
        services.AddSingleton<PolicyLibrary>();
        return services;
    }

    /// <summary>Finds a top-level repository folder (content/ or wwwroot/) for either layout.</summary>
    public static string? ResolveFolder(string? configured, string name, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured, contentRoot);
        foreach (var start in new[] { AppContext.BaseDirectory, contentRoot })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (Directory.Exists(candidate) && (name != "content" || Directory.Exists(Path.Combine(candidate, "policies"))))
                    return candidate;
            }
        }
        return null;
    }
}
