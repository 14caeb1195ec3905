using System.Text.Json;
using Microsoft.Playwright;

namespace PublicPortal.BrowserTests.Infrastructure;

/// <summary>Runs axe-core (npm, tests/PublicPortal.BrowserTests/node_modules) in the page. The portal's CSP forbids inline
/// scripts, so the library is evaluated through the DevTools protocol, which the page's CSP does not govern.</summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(NodeModules.Find("axe-core", "axe.min.js")));

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public sealed record Violation(string Id, string Impact, string Help, string[] Targets);

    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(Source.Value);
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
              return result.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help,
                targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ')) }));
            }
            """);
        return json.Deserialize<Violation[]>(WebJson)!;
    }

    /// <summary>Fails with the violations listed when axe finds anything serious or critical on the page.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string what)
    {
        var serious = (await RunAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{what}: {serious.Count} serious/critical axe violations:\n" +
            string.Join("\n", serious.Select(v => $"- [{v.Impact}] {v.Id}: {v.Help}\n    " + string.Join("\n    ", v.Targets))));
    }
}
