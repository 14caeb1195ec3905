using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicPortal.IntegrationTests.Builders;
using PublicPortal.IntegrationTests.Infrastructure;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Infrastructure;
using static PublicPortal.IntegrationTests.Infrastructure.Crew;

namespace PublicPortal.IntegrationTests.Features.KeyProtection;

/// <summary>Rotating the key-encryption key as README describes it, and the upgrade of a key ring stored in plain text:
/// tip-offs filed before stay readable at every step.</summary>
public sealed class KeyRotationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-kek-").FullName;
    private readonly string _canary = "canary" + Guid.NewGuid().ToString("N")[..16];
    private readonly List<KeyFileFactory> _factories = [];

    public void Dispose()
    {
        foreach (var factory in Enumerable.Reverse(_factories)) factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Rotation_OldTipsStayReadable_NewKeysUseTheNewKek_AndAfterRewrapTheOldKekCanGo()
    {
        var (oldFile, newFile) = (KeyFile("old.key"), KeyFile("new.key"));
        var first = Start(new() { ["KeyProtection:KeyFile"] = oldFile });
        var tipId = await FileNamedTipAsync(first);
        var (oldKek, newKek) = (KekId(oldFile), KekId(newFile));
        Assert.All(await RingAsync(first), xml => Assert.Contains($"kek=\"{oldKek}\"", xml, StringComparison.Ordinal));

        // Rotation: the new KEK is active, the old one retired (decrypt only).
        var rotated = Start(new()
        {
            ["ConnectionStrings:Portal"] = first.ConnectionString,
            ["KeyProtection:KeyFile"] = newFile, ["KeyProtection:RetiredKeyFiles:0"] = oldFile,
        });
        await AssertReadableAsync(rotated, tipId);
        var manager = rotated.Services.GetRequiredService<IKeyManager>();
        var now = rotated.Clock.GetUtcNow();
        var added = manager.CreateNewKey(now, now.AddDays(90));
        var addedXml = (await RingAsync(rotated)).Single(x => x.Contains(added.KeyId.ToString(), StringComparison.Ordinal));
        Assert.Contains($"kek=\"{newKek}\"", addedXml, StringComparison.Ordinal);

        // rewrap-keys moves every stored key to the new KEK; a second run has nothing left to do.
        Assert.Equal(0, await KeyProtectionCommand.RunAsync(rotated.Services));
        Assert.All(await RingAsync(rotated), xml =>
        {
            Assert.Contains($"kek=\"{newKek}\"", xml, StringComparison.Ordinal);
            Assert.DoesNotContain(oldKek, xml, StringComparison.Ordinal);
        });
        using (var scope = rotated.Services.CreateScope())
            Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<KeyRingRewrap>().RunAsync(false, default)).Rewrapped);

        // Without the old KEK at all, a fresh instance still reads the old tip-off.
        var withoutOld = Start(new() { ["ConnectionStrings:Portal"] = first.ConnectionString, ["KeyProtection:KeyFile"] = newFile });
        await AssertReadableAsync(withoutOld, tipId);
        Assert.DoesNotContain(withoutOld.Logs.Entries, e => e.Contains("无法解密", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RewrapWithoutTheOldKek_ReportsTheKeysItCannotRead_AndChangesNothing()
    {
        var first = Start(new() { ["KeyProtection:KeyFile"] = KeyFile("old.key") });
        await FileNamedTipAsync(first);
        var before = await RingAsync(first);
        var stranger = Start(new()
        {
            ["ConnectionStrings:Portal"] = first.ConnectionString, ["KeyProtection:KeyFile"] = KeyFile("new.key"),
        });
        Assert.Equal(1, await KeyProtectionCommand.RunAsync(stranger.Services));
        var after = await RingAsync(first);
        Assert.All(before, xml => Assert.Contains(xml, after)); // the old rows are untouched (the stranger may have added its own)
    }

    [Fact]
    public async Task KeysStoredInPlainTextByAnOlderVersion_AreWrappedAtStartUp_AndTheirTipsStayReadable()
    {
        // Development without any usable KEK behaves like the portal before key protection: it warns and stores keys in clear.
        var legacy = Start(new() { ["KeyProtection:KeyFolder"] = Unwritable() });
        var tipId = await FileNamedTipAsync(legacy);
        Assert.Contains(legacy.Logs.Entries, e => e.StartsWith("Warning", StringComparison.Ordinal) && e.Contains("密钥环未受保护"));
        Assert.Contains(await RingAsync(legacy), xml => xml.Contains("<masterKey", StringComparison.Ordinal));

        var upgraded = Start(new() { ["ConnectionStrings:Portal"] = legacy.ConnectionString });
        await AssertReadableAsync(upgraded, tipId);
        Assert.Contains(upgraded.Logs.Entries, e => e.Contains("原先以明文存放在数据库中的密钥", StringComparison.Ordinal));
        Assert.All(await RingAsync(upgraded), xml =>
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("urn:publicportal:kek", xml, StringComparison.Ordinal);
        });
    }

    private KeyFileFactory Start(Dictionary<string, string?> settings)
    {
        var factory = new KeyFileFactory(settings);
        _factories.Add(factory);
        return factory;
    }

    private string KeyFile(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, KeyEncryptionKeys.NewKeyText());
        return path;
    }

    /// <summary>A key folder that cannot be created: its parent is a file.</summary>
    private string Unwritable()
    {
        var blocker = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(blocker, "");
        return Path.Combine(blocker, "keys");
    }

    private static string KekId(string file) =>
        KeyEncryptionKey.From(Convert.FromBase64String(File.ReadAllText(file)), file).Id;

    private static Task<List<string>> RingAsync(KeyFileFactory factory) =>
        factory.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());

    private async Task<int> FileNamedTipAsync(KeyFileFactory factory)
    {
        await EnsureAsync(factory);
        var tip = await TipSeed.FileAsync(factory, identity: new TipsterIdentity("王" + _canary, "13900000000", null));
        return tip.Id;
    }

    /// <summary>The officer sees the description, and the stored identity decrypts to the tipster's name.</summary>
    private async Task AssertReadableAsync(KeyFileFactory factory, int tipId)
    {
        var officer = await StaffLogin.SignInAsync(factory, Officer);
        var page = await StaffPages.DetailAsync(officer, tipId);
        Assert.Contains("夜间仍在使用已封存的中频炉生产", page.QuerySelector("main")!.TextContent);
        var cipher = await factory.WithDbAsync(db => db.Tips.Where(t => t.Id == tipId).Select(t => t.IdentityCipher!).SingleAsync());
        Assert.Equal("王" + _canary, factory.Services.GetRequiredService<PersonalDataProtector>().UnprotectIdentity(cipher).Name);
    }
}
