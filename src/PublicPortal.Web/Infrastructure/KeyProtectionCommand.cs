namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// `dotnet PublicPortal.Web.dll rewrap-keys` re-wraps every key of the ring under the active KEK after a rotation (and any
/// key still stored in plain text). Run it once with the new KEK active and the old one listed as retired; when it reports
/// no key left undecryptable, the retired KEK can be removed from the configuration (keep its backup a while).
/// </summary>
public static class KeyProtectionCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "rewrap-keys";

    public static async Task<int> RunAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var keys = scope.ServiceProvider.GetRequiredService<KeyEncryptionKeys>();
        if (keys.Active is null)
        {
            Console.Error.WriteLine("没有可用的密钥加密密钥：" + keys.Problem);
            return 2;
        }
        var result = await scope.ServiceProvider.GetRequiredService<KeyRingRewrap>().RunAsync(plaintextOnly: false, default);
        Console.WriteLine($"密钥加密密钥 {keys.Active.Id}：重新加密 {result.Rewrapped} 个密钥，{result.Current} 个已是当前密钥加密，"
            + $"{result.Foreign} 个由其他方式保护（未改动），{result.Undecryptable} 个无法解密。");
        if (result.Undecryptable == 0) return 0;
        Console.Error.WriteLine("有密钥无法解密：请在 KeyProtection:RetiredKeyFiles 或 RetiredSecrets 中配置加密它们的原密钥加密密钥后重试。");
        return 1;
    }
}
