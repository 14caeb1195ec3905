using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Tips.Intake;

/// <summary>
/// Every rule a tip-off must meet before it is filed, whatever the channel: what is required, how long each field may
/// be, where it may happen (a city or county on the reference list: this is the one place a submission's place is
/// resolved), and what a named tipster must leave. Returns the cleaned tip-off or every error at once.
/// </summary>
public static partial class TipSubmissionRules
{
    /// <summary>A submission that passed every rule, trimmed and normalised, with its place resolved.</summary>
    public sealed record CheckedTip(
        TipCategory Category, Jurisdiction Place, string EnterpriseName, string? CreditCode, string? Address,
        DateOnly? ObservedOn, string Description, TipsterIdentity? Identity, bool WantsEmailNotices,
        TipSource? SourceKind, string? SourceKey, IReadOnlyList<UploadedFile> Files, int? ApiClientId, string? MediaUrl);

    public static (CheckedTip? Tip, IReadOnlyList<TipSubmissionError> Errors) Check(
        TipSubmission s, ReferenceLookup.Snapshot refs, DateOnly todayInChina)
    {
        var errors = new List<TipSubmissionError>();
        void Error(string field, string message) => errors.Add(new(field, message));

        if (s.Category is null) Error(nameof(s.Category), "请选择举报类别");

        var placeCode = Clean(s.Place);
        var place = refs.Jurisdiction(placeCode);
        if (placeCode is null) Error(nameof(s.Place), "请选择发生地点（县、市、区）");
        else if (place is null || place.Level == JurisdictionLevel.Province) Error(nameof(s.Place), "请选择列表中的地点");

        var enterprise = Clean(s.EnterpriseName);
        if (enterprise is null) Error(nameof(s.EnterpriseName), "请填写被举报企业名称");
        else if (enterprise.Length > TipLimits.EnterpriseName)
            Error(nameof(s.EnterpriseName), $"企业名称不能超过 {TipLimits.EnterpriseName} 个字");

        var creditCode = Clean(s.CreditCode) is { } given ? Reference.CreditCode.Normalize(given) : null;
        if (creditCode is not null && creditCode.Length != TipLimits.CreditCode)
            Error(nameof(s.CreditCode), $"统一社会信用代码应为 {TipLimits.CreditCode} 位");
        else if (creditCode is not null && !Reference.CreditCode.IsValid(creditCode))
            Error(nameof(s.CreditCode), "统一社会信用代码校验不通过，请核对；不清楚可不填");

        var address = Clean(s.Address);
        if (address is { Length: > TipLimits.Address }) Error(nameof(s.Address), $"地址不能超过 {TipLimits.Address} 个字");

        if (s.ObservedOn is { } seen && (seen > todayInChina || seen < TipLimits.EarliestObservedOn))
            Error(nameof(s.ObservedOn), "发现时间应在 2000 年之后且不晚于今天");

        var description = Clean(s.Description);
        if (description is null) Error(nameof(s.Description), "请描述您看到的情况");
        else if (description.Length is < TipLimits.DescriptionMin or > TipLimits.DescriptionMax)
            Error(nameof(s.Description), $"情况描述应为 {TipLimits.DescriptionMin} 至 {TipLimits.DescriptionMax} 字");

        var identity = CheckIdentity(s, Error);

        if (s.WantsEmailNotices && (s.Named != true || Clean(s.Email) is null))
            Error(nameof(s.WantsEmailNotices), "接收邮件通知需要实名并填写电子邮箱");

        var mediaUrl = Clean(s.MediaUrl);
        if (mediaUrl is not null && (mediaUrl.Length > TipLimits.MediaUrl || !Uri.TryCreate(mediaUrl, UriKind.Absolute, out var media)
            || media.Scheme is not ("http" or "https")))
            Error(nameof(s.MediaUrl), $"应为 http 或 https 开头的完整网址，不超过 {TipLimits.MediaUrl} 个字符");

        if (errors.Count > 0) return (null, errors);
        return (new CheckedTip(s.Category!.Value, place!, enterprise!, creditCode, address, s.ObservedOn, description!,
            identity, s.WantsEmailNotices, s.SourceKind, s.SourceKey, s.Files, s.ApiClientId, mediaUrl), []);
    }

    /// <summary>
    /// Contact details are checked whenever given; they are kept (encrypted) only for a named tip-off, which needs a
    /// name and a phone number or an email address. An anonymous tip-off keeps nothing.
    /// </summary>
    private static TipsterIdentity? CheckIdentity(TipSubmission s, Action<string, string> error)
    {
        var (name, phone, email) = (Clean(s.Name), Clean(s.Phone), Clean(s.Email));
        if (s.Named is null) error(nameof(s.Named), "请选择实名或匿名举报");
        if (name is { Length: > TipLimits.Name }) error(nameof(s.Name), $"姓名不能超过 {TipLimits.Name} 个字");
        if (phone is not null && !PhonePattern().IsMatch(phone)) error(nameof(s.Phone), "请填写正确的电话号码（7 至 20 位数字）");
        if (email is { Length: > TipLimits.Email }) error(nameof(s.Email), "电子邮箱地址过长");
        else if (email is not null && !new EmailAddressAttribute().IsValid(email)) error(nameof(s.Email), "请填写正确的电子邮箱地址");
        if (s.Named != true) return null;
        if (name is null) error(nameof(s.Name), "实名举报请填写姓名");
        if (phone is null && email is null) error(nameof(s.Phone), "实名举报请至少留下电话或电子邮箱之一，便于核查人员联系您");
        return new TipsterIdentity(name, phone, email);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^[0-9+\-\s()]{7,20}$")]
    private static partial Regex PhonePattern();
}
