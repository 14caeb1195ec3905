using System.Security.Cryptography;
using Microsoft.Playwright;
using PublicPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PublicPortal.BrowserTests.Pages;

/// <summary>The back office as a member of staff uses it: sign-in with an authenticator code, the queue, a tip-off.</summary>
public sealed class StaffPage(IPage page) : PortalPage(page)
{
    public async Task SignInAsync(string email, string password, string authenticatorKey)
    {
        await GotoAsync("/staff/account/signin");
        await Page.GetByLabel("邮箱").FillAsync(email);
        await Page.GetByLabel("密码").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Page.GetByLabel("身份验证器应用中的 6 位验证码").FillAsync(Totp(authenticatorKey));
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

    /// <summary>RFC 6238 TOTP, as the authenticator app on the officer's phone computes it.</summary>
    public static string Totp(string base32Key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int bits = 0, value = 0;
        foreach (var c in base32Key.ToUpperInvariant())
        {
            value = (value << 5) | alphabet.IndexOf(c);
            if ((bits += 5) >= 8) { bytes.Add((byte)(value >> (bits - 8))); bits -= 8; }
        }
        var counter = BitConverter.GetBytes(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = HMACSHA1.HashData(bytes.ToArray(), counter);
        var o = hash[^1] & 0x0F;
        return (((hash[o] & 0x7F) << 24 | hash[o + 1] << 16 | hash[o + 2] << 8 | hash[o + 3]) % 1_000_000).ToString("D6");
    }
}
