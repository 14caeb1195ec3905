using System.Data.Common;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// At start-up: refuses to start outside Development when there is no KEK (KeyEncryptionKeys.Load throws and is logged as
/// critical; any service that needs the KEKs first meets the same exception), wraps keys that an older version stored in
/// plain text, and warns when the ring holds keys of a KEK that is not configured — e.g. a database copied without its
/// key file — whose tip-offs will show “无法解密”.
/// </summary>
public sealed partial class KeyRingCheck(IServiceProvider services, ILogger<KeyRingCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var keys = services.GetRequiredService<KeyEncryptionKeys>(); // throws (logged) when start-up must be refused
        if (keys.Problem is not null) LogUnprotected(keys.Problem);
        try
        {
            using var scope = services.CreateScope();
            var rewrap = scope.ServiceProvider.GetRequiredService<KeyRingRewrap>();
            if (keys.Active is not null)
            {
                var wrapped = await rewrap.RunAsync(plaintextOnly: true, cancellationToken);
                if (wrapped.Rewrapped > 0) LogLegacyWrapped(wrapped.Rewrapped);
            }
            var state = await rewrap.InspectAsync(cancellationToken);
            if (state.Plaintext > 0) LogPlaintext(state.Plaintext);
            if (state.Undecryptable > 0) LogUnknownKek(state.Undecryptable);
        }
        catch (DbException e)
        {
            LogNoTable(e.GetType().Name); // e.g. a database not migrated yet: nothing to check
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Logged where the KEKs are loaded (whichever service needs them first), then the exception ends start-up.</summary>
    [LoggerMessage(Level = LogLevel.Critical, Message = "{Reason}")]
    public static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "密钥环未受保护：{Reason} 新密钥将以明文存入数据库，数据库副本即可解密举报内容（仅开发环境允许）。")]
    private partial void LogUnprotected(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "已用密钥加密密钥加密 {Count} 个原先以明文存放在数据库中的密钥。")]
    private partial void LogLegacyWrapped(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "密钥环中有 {Count} 个密钥以明文存放在数据库中。")]
    private partial void LogPlaintext(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "密钥环中有 {Count} 个密钥无法解密：加密它们的密钥加密密钥不在当前配置中"
        + "（KeyProtection）。用这些密钥加密的举报内容将显示“无法解密”。如数据库来自其他实例或备份，请一并配置原密钥文件（见 README“密钥与备份”）。")]
    private partial void LogUnknownKek(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "未能检查密钥环（{Error}）。")]
    private partial void LogNoTable(string error);
}
