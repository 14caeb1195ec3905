using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace PublicPortal.Web.Features.Tips.Intake;

/// <summary>Bot defence for public forms; bound from "HumanCheck".</summary>
public class HumanCheckOptions
{
    public const string Section = "HumanCheck";

    /// <summary>SelfHosted (default: no third-party call, works in mainland China), RecaptchaV2 or RecaptchaV3.</summary>
    public HumanCheckMode Mode { get; set; } = HumanCheckMode.SelfHosted;
    /// <summary>Leading zero bits the browser's proof of work must reach: 2^bits hashes on average, solved in a Web Worker
    /// (wwwroot/js/human-check-worker.js). See <see cref="DefaultProofOfWorkBits"/> for what the default costs.</summary>
    public int ProofOfWorkBits { get; set; } = DefaultProofOfWorkBits;

    /// <summary>
    /// 17 bits: 131,072 hashes on average, about half a second on a phone. Measured (2026-12, headless Chromium 156 on
    /// a loaded 2-core build machine, wwwroot/js/human-check-worker.js in its Worker): 1.1 million hashes/s; a phone as
    /// Lighthouse's mobile profile models it is 4x slower, 280,000 hashes/s, so 0.47 s on average (median 0.33 s; one
    /// solve in 20 takes over 1.4 s: the count is geometric). A bot with native SHA-256 pays about 15 ms; the question
    /// for people without JavaScript is the same whatever the difficulty.
    /// </summary>
    public const int DefaultProofOfWorkBits = 17;
    public string? RecaptchaSiteKey { get; set; }
    public string? RecaptchaSecret { get; set; }
    /// <summary>recaptcha.net is reachable from mainland China; www.google.com is not.</summary>
    public string RecaptchaVerifyUrl { get; set; } = "https://www.recaptcha.net/recaptcha/api/siteverify";
    public string RecaptchaScriptUrl { get; set; } = "https://www.recaptcha.net/recaptcha/api.js";
    public double RecaptchaMinScore { get; set; } = 0.5;
}

public enum HumanCheckMode { SelfHosted, RecaptchaV2, RecaptchaV3 }

/// <summary>What a form renders for the check: a question anyone can answer (and a screen reader can read), a token,
/// and a proof-of-work puzzle that the browser solves by itself when JavaScript runs.</summary>
public sealed record HumanCheckChallenge(
    HumanCheckMode Mode, string Question, string Token, string Nonce, int Bits, string? SiteKey, string? ScriptUrl)
{
    /// <summary>How to write the answer (shown under the question and linked to the field for screen readers).</summary>
    public string Hint { get; init; } = "";
    /// <summary>The answer is a number: phones show their number keypad.</summary>
    public bool NumericAnswer { get; init; } = true;
}

public interface IHumanCheck
{
    HumanCheckChallenge Issue();
    /// <summary>Null when the form passed the check, else a Chinese message for the person.</summary>
    Task<string?> VerifyAsync(IFormCollection form, CancellationToken ct);
    /// <summary>Called once the form's action has succeeded, so that the same answer cannot be replayed, on any node. (Not
    /// at verification: the two requests of a double click must both pass and meet at the same submission key.)</summary>
    Task MarkUsedAsync(IFormCollection form, CancellationToken ct);
}

/// <summary>
/// The default check, served entirely by the portal: the browser either solves a SHA-256 proof of work (JavaScript) or
/// the person answers a simple question in Chinese (no JavaScript, readable by a screen reader; see
/// <see cref="HumanCheckQuestions"/>). The token is encrypted and expires after 30 minutes; each token passes once, on
/// whichever node it is posted to: the used ones are kept in the distributed cache (Redis when configured, see
/// <see cref="Infrastructure.SharedDistributedCache"/>). Verifying costs the server one hash whatever the difficulty.
/// </summary>
public sealed class SelfHostedHumanCheck(
    IDataProtectionProvider provider, IDistributedCache used, IOptionsMonitor<HumanCheckOptions> options, TimeProvider clock)
    : IHumanCheck
{
    public const string TokenField = "HumanCheck.Token", AnswerField = "HumanCheck.Answer", ProofField = "HumanCheck.Proof";
    // v2: the payload carries the accepted answers (v1 tokens, from before a deployment, read as expired).
    private readonly IDataProtector _protector = provider.CreateProtector("PublicPortal.HumanCheck.v2");

    private sealed record Payload(string Nonce, IReadOnlyList<string> Answers, long ExpiresUnix);

    public HumanCheckChallenge Issue()
    {
        var question = HumanCheckQuestions.Ask();
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var expires = clock.GetUtcNow().AddMinutes(30).ToUnixTimeSeconds();
        var token = _protector.Protect(JsonSerializer.Serialize(new Payload(nonce, question.Answers, expires)));
        var bits = options.CurrentValue.ProofOfWorkBits;
        return new HumanCheckChallenge(HumanCheckMode.SelfHosted, question.Text, token, nonce, bits, null, null)
        {
            Hint = question.Hint, NumericAnswer = question.Numeric,
        };
    }

    public async Task<string?> VerifyAsync(IFormCollection form, CancellationToken ct)
    {
        var payload = Open(form[TokenField].ToString());
        if (payload is null || payload.ExpiresUnix < clock.GetUtcNow().ToUnixTimeSeconds())
            return "人机验证已过期，请回答新的验证问题后重新提交。";
        if (await used.GetAsync(UsedKey(payload), ct) is not null)
            return "该验证已使用过，请回答新的验证问题后重新提交。";

        var answer = HumanCheckQuestions.Normalize(form[AnswerField].ToString());
        var passed = (answer.Length > 0 && payload.Answers.Contains(answer, StringComparer.Ordinal))
            || HasProofOfWork(payload.Nonce, form[ProofField].ToString(), options.CurrentValue.ProofOfWorkBits);
        return passed ? null : "人机验证答案不正确，请回答新的验证问题后重新提交。";
    }

    public async Task MarkUsedAsync(IFormCollection form, CancellationToken ct)
    {
        if (Open(form[TokenField].ToString()) is not { } payload) return;
        // Remembered for as long as the token lives by the portal's clock (the cache counts on its own clock, so it is
        // given a duration, not an instant).
        var lifetime = DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresUnix) - clock.GetUtcNow();
        await used.SetAsync(UsedKey(payload), [1], new DistributedCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = lifetime > TimeSpan.FromMinutes(1) ? lifetime : TimeSpan.FromMinutes(1),
        }, ct);
    }

    private static string UsedKey(Payload payload) => "hc:" + payload.Nonce;

    private Payload? Open(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<Payload>(_protector.Unprotect(token)) is { Answers: not null } payload ? payload : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    /// <summary>SHA-256("nonce:proof") starts with <paramref name="bits"/> zero bits.</summary>
    public static bool HasProofOfWork(string nonce, string proof, int bits)
    {
        if (proof.Length is 0 or > 20 || !proof.All(char.IsAsciiDigit)) return false;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{nonce}:{proof}"));
        for (var i = 0; i < bits; i++)
            if ((hash[i / 8] & (0x80 >> (i % 8))) != 0) return false;
        return true;
    }
}

/// <summary>
/// reCAPTCHA v2 or v3, verified on the server against siteverify (configurable endpoint, recaptcha.net by default).
/// Any failure to reach the endpoint counts as a failed check, with a message that says so.
/// </summary>
public sealed class RecaptchaHumanCheck(HttpClient http, IOptionsMonitor<HumanCheckOptions> options) : IHumanCheck
{
    public const string ResponseField = "g-recaptcha-response";

    public HumanCheckChallenge Issue()
    {
        var o = options.CurrentValue;
        return new HumanCheckChallenge(o.Mode, "", "", "", 0, o.RecaptchaSiteKey, o.RecaptchaScriptUrl);
    }

    public Task MarkUsedAsync(IFormCollection form, CancellationToken ct) => Task.CompletedTask; // siteverify tokens are single-use

    public async Task<string?> VerifyAsync(IFormCollection form, CancellationToken ct)
    {
        var o = options.CurrentValue;
        var token = form[ResponseField].ToString();
        if (string.IsNullOrEmpty(token)) return "请完成人机验证。";
        try
        {
            using var response = await http.PostAsync(o.RecaptchaVerifyUrl, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["secret"] = o.RecaptchaSecret ?? "", ["response"] = token,
            }), ct);
            var result = await response.Content.ReadFromJsonAsync<SiteVerifyResult>(ct);
            if (result is not { Success: true }) return "人机验证未通过，请重试。";
            if (o.Mode == HumanCheckMode.RecaptchaV3 && (result.Score ?? 0) < o.RecaptchaMinScore) return "人机验证未通过，请稍后重试。";
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return "暂时无法完成人机验证，请稍后重试。";
        }
    }

    private sealed record SiteVerifyResult(
        [property: System.Text.Json.Serialization.JsonPropertyName("success")] bool Success,
        [property: System.Text.Json.Serialization.JsonPropertyName("score")] double? Score);
}
