namespace PublicPortal.Tests.Architecture;

/// <summary>
/// No import circles between feature folders, and README's architecture section shows the graph as it is.
/// Regenerate the README block with: PORTAL_UPDATE_README=1 dotnet test tests/PublicPortal.Tests --filter FeatureGraph
/// </summary>
public class FeatureGraphTests
{
    private const string Start = "<!-- feature-graph:start -->";
    private const string End = "<!-- feature-graph:end -->";
    private const string Regenerate = "PORTAL_UPDATE_README=1 dotnet test tests/PublicPortal.Tests --filter FeatureGraph";

    private static readonly string RepoRoot = FindRepoRoot();
    private static readonly FeatureGraph Graph = FeatureGraph.Scan(Path.Combine(RepoRoot, "src", "PublicPortal.Web"));

    [Fact]
    public void Feature_folders_do_not_depend_on_each_other_in_a_circle()
    {
        var cycles = Graph.FeatureCycles();
        Assert.True(cycles.Count == 0,
            "Feature folders depend on each other in a circle; move the type that closes it to the feature it belongs to:\n"
            + string.Join("\n", cycles.Select(c => "  " + string.Join(" → ", c) + "\n" + string.Join("\n",
                c.Zip(c.Skip(1)).Select(e => $"    {e.First} → {e.Second}: " + string.Join("; ", Graph.Evidence[e].Take(4)))))));
    }

    [Fact]
    public void Features_infrastructure_and_data_do_not_depend_on_pages()
    {
        var upward = Graph.EdgesIntoPages();
        Assert.True(upward.Count == 0, "Only pages may use pages:\n  " + string.Join("\n  ", upward));
    }

    [Fact]
    public void The_readme_shows_the_current_feature_graph()
    {
        var path = Path.Combine(RepoRoot, "README.md");
        var readme = File.ReadAllText(path);
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md needs a {Start} … {End} block in its architecture section.");

        var current = readme[(start + Start.Length)..end];
        var expected = "\n" + Graph.Render();
        if (current.ReplaceLineEndings("\n") == expected) return;
        if (Environment.GetEnvironmentVariable("PORTAL_UPDATE_README") == "1")
        {
            File.WriteAllText(path, readme[..(start + Start.Length)] + expected + readme[end..]);
            return;
        }
        Assert.Fail($"README.md's feature graph is stale. Regenerate it from the repository root with:\n  {Regenerate}\n"
            + "and commit README.md. The graph now is:\n" + expected);
    }

    [Fact]
    public void The_scan_sees_parent_namespaces_qualified_names_and_razor_imports_but_not_comments_or_unused_usings()
    {
        var web = Directory.CreateTempSubdirectory("feature-graph-").FullName;
        try
        {
            Write(web, "Features/Tips/Tip.cs", "namespace PublicPortal.Web.Features.Tips;\npublic class Tip { public record Subject; }");
            Write(web, "Features/Tips/Intake/Form.cs",
                "namespace PublicPortal.Web.Features.Tips.Intake;\n// Mail.Sender is only mentioned here\n"
                + "public class Form { Tip? tip; string s = \"Mail.Sender Sender\"; object o = Features.Mail.Sender.Default; }");
            Write(web, "Features/Mail/Sender.cs",
                "using PublicPortal.Web.Features.Tips;\nusing PublicPortal.Web.Infrastructure;\n"
                + "namespace PublicPortal.Web.Features.Mail;\n"
                + "public class Sender { public static Sender Default = new(); string Subject = \"\"; "
                + "string When(System.TimeProvider c) => $\"{c.Today()}\"; }");
            Write(web, "Infrastructure/Clock.cs",
                "namespace PublicPortal.Web.Infrastructure;\npublic static class Clock { "
                + "public static int Today(this System.TimeProvider c) => 1; }");
            Write(web, "Pages/_ViewImports.cshtml", "@using PublicPortal.Web.Features.Tips\n@namespace PublicPortal.Web.Pages");
            Write(web, "Pages/Tips/Index.cshtml", "@page\n@* Sender *@\n<p>@(new Tip())</p>");

            var graph = FeatureGraph.Scan(web);

            Assert.Equal(["Mail", "Tips"], graph.Edges["Tips.Intake"]);
            Assert.Equal(["Infrastructure"], graph.Edges["Mail"]); // the using of Tips is never used
            Assert.Equal(["Tips"], graph.Edges["Pages/Tips"]);
            Assert.Empty(graph.FeatureCycles());

            Write(web, "Features/Tips/Notify.cs",
                "using PublicPortal.Web.Features.Tips.Intake;\nnamespace PublicPortal.Web.Features.Tips;\nclass Notify { Form? f; }");
            Write(web, "Features/Tips/Intake/Form.cs",
                "namespace PublicPortal.Web.Features.Tips.Intake;\npublic class Form { Tip? tip; }");
            Assert.Equal([["Tips", "Tips.Intake", "Tips"]], FeatureGraph.Scan(web).FeatureCycles());
        }
        finally
        {
            Directory.Delete(web, recursive: true);
        }
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PublicPortal.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No PublicPortal.sln above {AppContext.BaseDirectory}.");
    }
}
