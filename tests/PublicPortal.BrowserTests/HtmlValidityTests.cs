using System.Diagnostics;
using System.Text.Json;
using AngleSharp.Html.Parser;
using PublicPortal.BrowserTests.Infrastructure;

namespace PublicPortal.BrowserTests;

/// <summary>
/// Every kind of public page is valid HTML: the served markup goes through html-validate (npm, offline) with its
/// recommended rules, less three that only concern source style (trailing spaces, selected="selected", Markdig's <hr />).
/// </summary>
[Collection(SharedBrowser.Name)]
public class HtmlValidityTests(BrowserFixture browser)
{
    [Fact]
    public async Task EveryPublicPage_IsValidHtml()
    {
        using var http = new HttpClient { BaseAddress = browser.Server.BaseAddress };
        var folder = Directory.CreateTempSubdirectory("portal-html-").FullName;
        try
        {
            var paths = PublicPages.Fixed.ToList();
            foreach (var (list, link) in PublicPages.Details)
            {
                var document = new HtmlParser().ParseDocument(await http.GetStringAsync(list));
                var href = document.QuerySelector(link)?.GetAttribute("href");
                Assert.True(href is not null, $"{list} has no link matching {link}");
                paths.Add(href!);
            }
            var files = new Dictionary<string, string>();
            foreach (var (path, i) in paths.Select((p, i) => (p, i)))
            {
                var response = await http.GetAsync(path);
                var file = Path.Combine(folder, $"page{i:D2}.html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                files[file] = path;
            }
            await File.WriteAllTextAsync(Path.Combine(folder, ".htmlvalidate.json"), """
                { "root": true, "extends": ["html-validate:recommended"],
                  "rules": { "no-trailing-whitespace": "off", "attribute-boolean-style": "off", "void-style": "off" } }
                """);

            var problems = await RunHtmlValidateAsync(folder, files.Keys);
            Assert.True(problems.Count == 0, $"{problems.Count} HTML problems:\n" + string.Join("\n", problems.Select(p =>
                $"- {files[p.File]} line {p.Line}: {p.Message} ({p.Rule})")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task HtmlValidate_ReportsBrokenMarkup()
    {
        // Control: the validator really runs and reports an error.
        var folder = Directory.CreateTempSubdirectory("portal-html-").FullName;
        try
        {
            var file = Path.Combine(folder, "broken.html");
            await File.WriteAllTextAsync(file,
                "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>x</title></head><body><div><p>a</div></body></html>");
            Assert.NotEmpty(await RunHtmlValidateAsync(folder, [file]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record Problem(string File, int Line, string Rule, string Message);

    private static async Task<IReadOnlyList<Problem>> RunHtmlValidateAsync(string folder, IEnumerable<string> files)
    {
        var cli = NodeModules.Find("html-validate", "bin", "html-validate.mjs");
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("--formatter");
        start.ArgumentList.Add("json");
        foreach (var file in files) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(output.TrimStart().StartsWith('['), $"html-validate did not run (exit {process.ExitCode}): {error}{output}");
        return JsonDocument.Parse(output).RootElement.EnumerateArray()
            .SelectMany(result => result.GetProperty("messages").EnumerateArray().Select(m => new Problem(
                result.GetProperty("filePath").GetString()!, m.GetProperty("line").GetInt32(),
                m.GetProperty("ruleId").GetString() ?? "", m.GetProperty("message").GetString() ?? "")))
            .ToList();
    }
}
