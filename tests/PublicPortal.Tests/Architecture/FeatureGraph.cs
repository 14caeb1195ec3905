using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PublicPortal.Tests.Architecture;

/// <summary>
/// Which folders of src/PublicPortal.Web depend on which, read from the source text. Nodes: every folder under
/// Features (Features/Tips/Intake is "Tips.Intake"), Infrastructure, Data (with Configurations), and the first-level
/// folders of Pages ("Pages/Lists"; files directly in Pages are "Pages").
/// </summary>
/// <remarks>
/// Precision, honestly: this is a text scan, not the compiler. File A depends on folder B when A names a type (or
/// calls an extension method) declared in B's namespace and that namespace is visible to A: A's own namespace and its
/// parents (C# finds types of PublicPortal.Web.Features.Tips from PublicPortal.Web.Features.Tips.Intake without a
/// using), A's using directives, and for .cshtml also the @using lines of the _ViewImports files above it. A qualified
/// name such as Features.Publishing.RegisterCatalog or PublicPortal.Web.Data.PortalDbContext counts too, as does a
/// using alias or using static. Comments and string literals are skipped; interpolation holes are read.
/// An unused using does not count (it is not a dependency); a using whose types are only reached through `var`
/// or inferred lambdas does not count either, which can miss an edge. A member access (x.Name) is not read as a
/// type. Names declared in two visible namespaces are ambiguous and skipped. Tag helpers used as HTML elements and
/// page routes in strings ("/Staff/Tips/Index") are not seen. Program.cs (the composition root) and
/// Data/Migrations (generated) are not scanned.
/// </remarks>
public sealed partial class FeatureGraph
{
    private const string Root = "PublicPortal.Web";

    public SortedDictionary<string, SortedSet<string>> Edges { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Nodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Why an edge exists: "Features/Mail/Outbox.cs: TipProtector" for each file and name.</summary>
    public Dictionary<(string From, string To), SortedSet<string>> Evidence { get; } = [];

    public static bool IsFeature(string node) => node is not ("Infrastructure" or "Data") && !IsPage(node);
    public static bool IsPage(string node) => node.StartsWith("Pages", StringComparison.Ordinal);

    /// <summary>Maps a namespace below PublicPortal.Web to its graph node, or null when it is not one.</summary>
    public static string? NodeOf(string ns)
    {
        if (!ns.StartsWith(Root + ".", StringComparison.Ordinal)) return null;
        var parts = ns[(Root.Length + 1)..].Split('.');
        return parts[0] switch
        {
            "Features" when parts.Length > 1 => string.Join('.', parts[1..]),
            "Infrastructure" => "Infrastructure",
            "Data" => "Data",
            "Pages" => parts.Length > 1 ? "Pages/" + parts[1] : "Pages",
            _ => null,
        };
    }

    private sealed record SourceFile(
        string Path, string Namespace, string Code, IReadOnlyList<string> Usings, IReadOnlyList<string> DirectRefs);

    public static FeatureGraph Scan(string webProject)
    {
        var files = new List<SourceFile>();
        foreach (var path in Directory.EnumerateFiles(webProject, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(webProject, path).Replace('\\', '/');
            if (rel.StartsWith("bin/", StringComparison.Ordinal) || rel.StartsWith("obj/", StringComparison.Ordinal)
                || rel.StartsWith("Data/Migrations/", StringComparison.Ordinal)) continue;
            var folderNs = Root + (Path.GetDirectoryName(rel) is { Length: > 0 } dir ? "." + dir.Replace('/', '.') : "");
            if (path.EndsWith(".cs", StringComparison.Ordinal) && rel != "Program.cs")
                files.Add(ReadCSharp(path, folderNs));
            else if (path.EndsWith(".cshtml", StringComparison.Ordinal) && rel.StartsWith("Pages/", StringComparison.Ordinal))
                files.Add(ReadRazor(webProject, rel, folderNs));
        }

        // What each namespace declares: type names, and extension method names (called as x.Name(...)).
        var types = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var extensions = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal)))
        {
            // Only top-level types: a nested type is reached as Outer.Inner, so Outer is what another file names.
            var topLevel = BlockNamespace().IsMatch(file.Code) ? 1 : 0;
            Add(types, file.Namespace, TypeDeclaration().Matches(file.Code)
                .Where(m => BraceDepth(file.Code, m.Index) == topLevel).Select(m => m.Groups[1].Value));
            Add(extensions, file.Namespace, ExtensionDeclaration().Matches(file.Code).Select(m => m.Groups[1].Value));
        }

        var graph = new FeatureGraph();
        foreach (var file in files)
        {
            var from = NodeOf(file.Namespace);
            if (from is null) continue;
            graph.Nodes.Add(from);
            var targets = new List<(string To, string Name)>();
            targets.AddRange(file.DirectRefs.Where(ns => NodeOf(ns) is not null).Select(ns => (NodeOf(ns)!, "using " + ns)));
            foreach (var qualified in QualifiedName().Matches(file.Code).Cast<Match>())
                if (ResolveQualified(qualified.Value, types) is { } ns && NodeOf(ns) is { } node) targets.Add((node, qualified.Value));

            // C# looks in the file's own namespace, then each parent, then the using directives.
            var enclosing = new List<string>();
            for (var ns = file.Namespace; ns.Length > 0; ns = ns.Contains('.') ? ns[..ns.LastIndexOf('.')] : "")
                enclosing.Add(ns);
            foreach (Match token in Identifier().Matches(file.Code))
            {
                var name = token.Value;
                var afterDot = token.Index > 0 && file.Code[token.Index - 1] == '.';
                var isCall = token.Index + name.Length < file.Code.Length && file.Code[token.Index + name.Length] is '(' or '<';
                var table = afterDot ? (isCall ? extensions : null) : types;
                if (table is null) continue;
                var found = enclosing.FirstOrDefault(ns => table.TryGetValue(ns, out var names) && names.Contains(name));
                if (found is null)
                {
                    var candidates = file.Usings.Where(ns => table.TryGetValue(ns, out var names) && names.Contains(name)).ToList();
                    if (candidates.Count == 1) found = candidates[0];
                }
                if (found is not null && NodeOf(found) is { } to) targets.Add((to, name));
            }
            var rel = Path.GetRelativePath(webProject, file.Path).Replace('\\', '/');
            foreach (var (to, name) in targets.Where(t => t.To != from)) graph.AddEdge(from, to, $"{rel}: {name}");
        }
        return graph;
    }

    private void AddEdge(string from, string to, string evidence)
    {
        if (!Evidence.TryGetValue((from, to), out var why)) Evidence[(from, to)] = why = new SortedSet<string>(StringComparer.Ordinal);
        why.Add(evidence);
        Nodes.Add(from);
        Nodes.Add(to);
        if (!Edges.TryGetValue(from, out var set)) Edges[from] = set = new SortedSet<string>(StringComparer.Ordinal);
        set.Add(to);
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string ns, IEnumerable<string> names)
    {
        if (!map.TryGetValue(ns, out var set)) map[ns] = set = new HashSet<string>(StringComparer.Ordinal);
        set.UnionWith(names);
    }

    /// <summary>Features.X.Type, Data.Type, PublicPortal.Web.Infrastructure.Type …: the longest namespace prefix that
    /// declares the segment after it.</summary>
    private static string? ResolveQualified(string text, Dictionary<string, HashSet<string>> types)
    {
        var parts = text.Split('.');
        var start = text.StartsWith(Root + ".", StringComparison.Ordinal) ? 2 : 0;
        for (var end = parts.Length - 1; end > start; end--)
        {
            var ns = Root + "." + string.Join('.', parts[start..end]);
            if (types.TryGetValue(ns, out var names) && names.Contains(parts[end])) return ns;
        }
        return null;
    }

    private static SourceFile ReadCSharp(string path, string folderNs)
    {
        var code = StripCSharp(File.ReadAllText(path));
        var ns = FileNamespace().Match(code) is { Success: true } m ? m.Groups[1].Value : folderNs;
        var usings = new List<string>();
        var direct = new List<string>();
        foreach (Match u in UsingDirective().Matches(code))
        {
            var (isStatic, alias, target) = (u.Groups["static"].Success, u.Groups["alias"].Success, u.Groups["target"].Value);
            if (isStatic || alias) direct.Add(target.Contains('.') ? target[..target.LastIndexOf('.')] : target);
            else usings.Add(target);
        }
        return new SourceFile(path, ns, UsingDirective().Replace(code, " "), usings, direct);
    }

    private static SourceFile ReadRazor(string webProject, string rel, string folderNs)
    {
        var code = RazorComment().Replace(HtmlComment().Replace(File.ReadAllText(Path.Combine(webProject, rel)), " "), " ");
        var usings = new List<string>();
        // @using lines of every _ViewImports.cshtml from Pages/ down to this file's folder apply to it.
        var dir = Path.GetDirectoryName(rel)!.Replace('\\', '/');
        var chain = new List<string>();
        for (var d = dir; d.Length > 0; d = Path.GetDirectoryName(d)?.Replace('\\', '/') ?? "") chain.Add(d);
        foreach (var d in chain)
        {
            var imports = Path.Combine(webProject, d, "_ViewImports.cshtml");
            if (File.Exists(imports) && Path.Combine(d, "_ViewImports.cshtml") != rel)
                usings.AddRange(RazorUsing().Matches(File.ReadAllText(imports)).Select(m => m.Groups[1].Value));
        }
        usings.AddRange(RazorUsing().Matches(code).Select(m => m.Groups[1].Value));
        code = RazorUsing().Replace(RazorNamespace().Replace(code, " "), " ");
        return new SourceFile(Path.Combine(webProject, rel), folderNs, code, usings, []);
    }

    /// <summary>Blanks comments and string/char literals, keeping interpolation holes ({expr}) as code.</summary>
    public static string StripCSharp(string s)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        StripCode(s, ref i, sb, stopAtBrace: false);
        return sb.ToString();
    }

    private static void StripCode(string s, ref int i, StringBuilder sb, bool stopAtBrace)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '/' && At(s, i + 1, '/')) { while (i < s.Length && s[i] != '\n') i++; continue; }
            if (c == '/' && At(s, i + 1, '*'))
            {
                var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? s.Length : end + 2;
                sb.Append(' ');
                continue;
            }
            if (c == '\'')
            {
                i++;
                while (i < s.Length && s[i] != '\'') i += s[i] == '\\' ? 2 : 1;
                i++;
                sb.Append(" ' ");
                continue;
            }
            if (c is '$' or '@' or '"')
            {
                var j = i;
                var dollars = 0;
                var verbatim = false;
                while (j < s.Length && s[j] is '$' or '@') { if (s[j] == '$') dollars++; else verbatim = true; j++; }
                if (At(s, j, '"'))
                {
                    i = j;
                    StripString(s, ref i, sb, dollars, verbatim);
                    continue;
                }
            }
            if (stopAtBrace)
            {
                if (c == '{') depth++;
                else if (c == '}' && depth-- == 0) return;
            }
            sb.Append(c);
            i++;
        }
    }

    private static void StripString(string s, ref int i, StringBuilder sb, int dollars, bool verbatim)
    {
        sb.Append(" \"");
        var quotes = 0;
        while (At(s, i + quotes, '"')) quotes++;
        var raw = quotes >= 3;
        if (!raw) quotes = 1;
        if (quotes == 2) { i += 2; sb.Append("\" "); return; } // ""
        i += quotes;
        var braces = Math.Max(dollars, 1);
        while (i < s.Length)
        {
            var c = s[i];
            if (!raw && !verbatim && c == '\\') { i += 2; continue; }
            if (c == '"')
            {
                if (raw)
                {
                    var n = 0;
                    while (At(s, i + n, '"')) n++;
                    i += n;
                    if (n >= quotes) break;
                    continue;
                }
                if (verbatim && At(s, i + 1, '"')) { i += 2; continue; }
                i++;
                break;
            }
            if (dollars > 0 && c == '{')
            {
                var n = 0;
                while (At(s, i + n, '{')) n++;
                if (!raw && n >= 2) { i += 2; continue; } // {{ is a literal brace
                i += n;
                if (n < braces) continue;
                sb.Append(" (");
                StripCode(s, ref i, sb, stopAtBrace: true);
                sb.Append(") ");
                while (At(s, i, '}')) i++;
                continue;
            }
            i++;
        }
        sb.Append("\" ");
    }

    private static int BraceDepth(string code, int index)
    {
        var depth = 0;
        for (var i = 0; i < index; i++) depth += code[i] == '{' ? 1 : code[i] == '}' ? -1 : 0;
        return depth;
    }

    private static bool At(string s, int i, char c) => i < s.Length && s[i] == c;

    /// <summary>Cycles among the Features nodes (Data and Infrastructure are shared by design and left out).</summary>
    public List<List<string>> FeatureCycles()
    {
        var cycles = new List<List<string>>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new List<string>();
        foreach (var node in Nodes.Where(IsFeature)) Visit(node);
        return cycles;

        void Visit(string node)
        {
            state[node] = 1;
            stack.Add(node);
            foreach (var next in Edges.GetValueOrDefault(node, []).Where(IsFeature))
            {
                var s = state.GetValueOrDefault(next);
                if (s == 1) cycles.Add([.. stack[stack.IndexOf(next)..], next]);
                else if (s == 0) Visit(next);
            }
            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
        }
    }

    /// <summary>Edges from Features, Infrastructure or Data into Pages: the UI sits on top, never underneath.</summary>
    public List<string> EdgesIntoPages() =>
        [.. Edges.Where(e => !IsPage(e.Key)).SelectMany(e => e.Value.Where(IsPage).Select(to => $"{e.Key} → {to}"))];

    /// <summary>The README block: a Mermaid flowchart of the feature folders and a plain list of every edge.</summary>
    public string Render()
    {
        static string Id(string node) => Regex.Replace(node, "[^A-Za-z0-9]", "_");
        var sb = new StringBuilder();
        sb.Append("```mermaid\nflowchart LR\n");
        foreach (var node in Nodes.Where(IsFeature)) sb.Append(CultureInfo.InvariantCulture, $"  {Id(node)}[\"{node}\"]\n");
        foreach (var (from, tos) in Edges.Where(e => IsFeature(e.Key)))
            foreach (var to in tos.Where(IsFeature)) sb.Append(CultureInfo.InvariantCulture, $"  {Id(from)} --> {Id(to)}\n");
        sb.Append("```\n\n");
        sb.Append("Every edge, as text (Features shown above; Infrastructure and Data are used by most features, and the Pages\n");
        sb.Append("folders sit on top of them):\n\n```\n");
        foreach (var node in Nodes.OrderBy(n => IsPage(n) ? 1 : 0).ThenBy(n => n, StringComparer.Ordinal))
        {
            var line = $"{node} → {(Edges.TryGetValue(node, out var tos) ? string.Join(", ", tos) : "(nothing)")}";
            for (; line.Length > 120; line = "    " + line[(line.LastIndexOf(", ", 120, StringComparison.Ordinal) + 2)..])
                sb.Append(line[..(line.LastIndexOf(", ", 120, StringComparison.Ordinal) + 1)]).Append('\n');
            sb.Append(line).Append('\n');
        }
        sb.Append("```\n");
        return sb.ToString();
    }

    [GeneratedRegex(@"(?<![\w.])(?:class|record|struct|interface|enum|delegate\s+[\w<>?,\s\[\]]+?)\s+(?:(?:class|struct)\s+)?([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();
    [GeneratedRegex(@"\bstatic\s+[^;{}()=]*?\b([A-Z]\w*)\s*(?:<[^>]*>)?\s*\(\s*this\s")]
    private static partial Regex ExtensionDeclaration();
    [GeneratedRegex(@"^\s*namespace\s+[\w.]+\s*\{", RegexOptions.Multiline)]
    private static partial Regex BlockNamespace();
    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();
    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?<static>static\s+)?(?:(?<alias>\w+)\s*=\s*)?(?<target>[\w.]+)\s*;",
        RegexOptions.Multiline)]
    private static partial Regex UsingDirective();
    [GeneratedRegex(@"(?<![\w.])(?:PublicPortal\.Web\.)?(?:Features|Infrastructure|Data|Pages)(?:\.[A-Z]\w*)+")]
    private static partial Regex QualifiedName();
    [GeneratedRegex(@"(?<![A-Za-z0-9_])[A-Z][A-Za-z0-9_]*")]
    private static partial Regex Identifier();
    [GeneratedRegex(@"^\s*@using\s+([\w.]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex RazorUsing();
    [GeneratedRegex(@"^\s*@namespace\s+[\w.]+\s*$", RegexOptions.Multiline)]
    private static partial Regex RazorNamespace();
    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();
    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();
}
