using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace PublicPortal.BrowserTests.Infrastructure;

/// <summary>
/// One portal server and one headless Debian Chromium for all browser tests. `playwright install` cannot download
/// browsers here, so the system Chromium is launched; the Playwright package's own driver works offline.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    public PortalServer Server { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run tests/run-all.sh, which installs Debian's chromium");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = Environment.GetEnvironmentVariable("HEADED") != "1",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh context (no cookies) and page on the portal; dispose the context when done.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
        });
        return (context, await context.NewPageAsync());
    }

    public const string StaffPassword = "JourneyPassword2026", StaffAuthenticatorKey = "JBSWY3DPEHPK3PXP";

    /// <summary>A two-factor staff account on the test server (password and key above); returns its email.</summary>
    public async Task<string> CreateStaffAsync(string role, string? departmentCode)
    {
        var email = $"browser-{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        using var scope = Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PublicPortal.Web.Data.PortalDbContext>();
        int? departmentId = departmentCode is null ? null : (await db.Departments.SingleAsync(d => d.Code == departmentCode)).Id;
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<PublicPortal.Web.Features.Staff.StaffAccounts>()
            .CreateAsync(email, $"浏览器测试{role}", StaffPassword, role, departmentId, StaffAuthenticatorKey);
        Assert.True(user is not null, string.Join(" ", errors));
        return email;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
