using Microsoft.Playwright;
using PublicPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PublicPortal.BrowserTests.Pages;

/// <summary>The back office as a member of staff uses it: sign-in with an authenticator code, the queue, a tip-off.</summary>
public sealed class StaffPage(IPage page) : PortalPage(page)
{
    public async Task SignInAsync(string email, string password, string authenticatorKey, TimeProvider clock)
    {
        await GotoAsync("/staff/account/signin");
        await Page.GetByLabel("邮箱").FillAsync(email);
        await Page.GetByLabel("密码").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Page.GetByLabel("身份验证器应用中的 6 位验证码").FillAsync(Totp(authenticatorKey, clock));
        await Page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("待办队列");
    }

    public async Task OpenTipAsync(string trackingNumber)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = trackingNumber }).First.ClickToNextPageAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync(trackingNumber);
    }

    public async Task PressAsync(string formId, string button)
    {
        await Page.Locator($"form#{formId}").GetByRole(AriaRole.Button, new() { Name = button }).ClickToNextPageAsync();
    }

    /// <summary>The code the authenticator app on the officer's phone shows at the portal's time (RFC 6238 via Otp.NET).</summary>
    public static string Totp(string base32Key, TimeProvider clock) =>
        new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(base32Key)).ComputeTotp(clock.GetUtcNow().UtcDateTime);
}
