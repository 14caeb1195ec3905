using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Imports;
using PublicPortal.Web.Features.Staff;

namespace PublicPortal.IntegrationTests.Pages.Staff.Imports;

/// <summary>A portal of its own per test (imports change registers), with the worker polling fast and two departments' staff.</summary>
public sealed class ImportFactory : PortalFactory
{
    public const string Officer = "import-officer@test.local", OtherOfficer = "import-other@test.local";
    public const string Department = "440800-gxj", OtherDepartment = "440800-fgj";

    public Dictionary<string, string?> Extra { get; } = new() { ["Imports:PollSeconds"] = "0.2" };
    public FailingHooks Hooks { get; } = new();
    protected override IReadOnlyDictionary<string, string?> Settings => Extra;
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ImportHooks>(Hooks);

    public static async Task<(ImportFactory App, HttpClient Client)> StartAsync(Action<ImportFactory>? configure = null)
    {
        var app = new ImportFactory();
        configure?.Invoke(app);
        await StaffLogin.CreateAsync(app, Officer, StaffRoles.Officer, Department);
        return (app, await StaffLogin.SignInAsync(app, Officer));
    }
}

/// <summary>Throws inside the import transaction after the first chunk when armed: a failure half-way through.</summary>
public sealed class FailingHooks : ImportHooks
{
    public bool Fail { get; set; }
    public override Task AfterChunkAsync(int batchId, int stored, CancellationToken ct) =>
        Fail ? throw new InvalidOperationException("injected failure") : Task.CompletedTask;
}

/// <summary>What a person does on the import pages, through the real forms.</summary>
public static partial class ImportPages
{
    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "imports", name));

    /// <summary>Uploads a file; returns the mapping page it lands on.</summary>
    public static async Task<IHtmlDocument> UploadAsync(HttpClient client, string fileName, byte[] data, string register = "PhaseOut")
    {
        var page = await client.GetPageAsync("/staff/imports");
        var response = await client.SendWithFilesAsync((IHtmlFormElement)page.QuerySelector("form#upload")!,
            new Dictionary<string, string> { ["Input.Register"] = register }, new Upload(fileName, data));
        return await HtmlHelpers.GetDocumentAsync(response);
    }

    public static int BatchId(IHtmlDocument page) =>
        int.Parse(Regex.Match(page.Url, @"[?&]id=(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>Accepts the proposed mapping (with changes) and starts validation; returns the batch page.</summary>
    public static async Task<IHtmlDocument> ConfirmMappingAsync(HttpClient client, IHtmlDocument mapping,
        Dictionary<string, string>? changes = null)
    {
        var response = await client.SendAsync((IHtmlFormElement)mapping.QuerySelector("form#mapping")!, changes ?? []);
        return await HtmlHelpers.GetDocumentAsync(response);
    }

    /// <summary>Polls the batch page (as its Refresh header would) until the status is one of <paramref name="statuses"/>.</summary>
    public static async Task<IHtmlDocument> WaitForAsync(HttpClient client, int id, TimeSpan timeout, List<string>? progressSeen = null,
        params string[] statuses)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync($"/staff/imports/batch?id={id}");
            var page = await HtmlHelpers.GetDocumentAsync(response);
            var status = page.QuerySelector("#batch-status")?.TextContent ?? "";
            if (statuses.Contains(status)) return page;
            if (progressSeen is not null && page.QuerySelector("#progress") is { } p)
                progressSeen.Add(
                    $"{p.TextContent.Trim()} [Refresh: {string.Join(",", response.Headers.TryGetValues("Refresh", out var v) ? v : [])}]");
            Assert.True(waited.Elapsed < timeout,
                $"batch {id} still '{status}' after {timeout}: {page.QuerySelector("main")?.TextContent.Trim()}");
            await Task.Delay(100);
        }
    }

    public static Task<IHtmlDocument> WaitForReportAsync(HttpClient client, int id) =>
        WaitForAsync(client, id, TimeSpan.FromSeconds(30), null, "已校验", "失败");

    /// <summary>The report as (row, column, message) lines.</summary>
    public static List<(int Row, string Column, string Message)> ReportLines(IHtmlDocument page) =>
        page.QuerySelectorAll("#report tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Select(c => (int.Parse(c[0], CultureInfo.InvariantCulture), c[1], c[2])).ToList();

    public static async Task<IHtmlDocument> PostAsync(HttpClient client, IHtmlDocument page, string formId)
    {
        var response = await client.SendAsync((IHtmlFormElement)page.QuerySelector($"form#{formId}")!, new Dictionary<string, string>());
        return await HtmlHelpers.GetDocumentAsync(response);
    }

    /// <summary>Upload, confirm the proposed mapping, wait for the report.</summary>
    public static async Task<(int Id, IHtmlDocument Report)> ValidateAsync(HttpClient client, string fileName, byte[] data)
    {
        var mapping = await UploadAsync(client, fileName, data);
        var id = BatchId(mapping);
        await ConfirmMappingAsync(client, mapping);
        return (id, await WaitForReportAsync(client, id));
    }

    /// <summary>Presses the import button and waits until the batch is imported (or failed).</summary>
    public static async Task<IHtmlDocument> ImportAsync(HttpClient client, int id, IHtmlDocument report, TimeSpan? timeout = null,
        List<string>? progressSeen = null)
    {
        await PostAsync(client, report, "import");
        return await WaitForAsync(client, id, timeout ?? TimeSpan.FromSeconds(30), progressSeen, "已导入", "失败");
    }
}
