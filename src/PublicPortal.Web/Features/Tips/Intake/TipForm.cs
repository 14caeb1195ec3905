using PublicPortal.Web.Infrastructure;
using System.ComponentModel.DataAnnotations;
using PublicPortal.Web.Features.Reference;

namespace PublicPortal.Web.Features.Tips.Intake;

/// <summary>The 我要举报 form's fields, with the Chinese messages shown next to each when it is wrong.</summary>
public class TipForm : IValidatableObject
{
    [Required(ErrorMessage = "请选择举报类别")]
    [Display(Name = "举报类别")]
    public TipCategory? Category { get; set; }

    [Required(ErrorMessage = "请选择发生地点（县、市、区）")]
    [Display(Name = "发生地点")]
    public string? Place { get; set; }

    [Required(ErrorMessage = "请填写被举报企业名称")]
    [StringLength(128, ErrorMessage = "企业名称不能超过 128 个字")]
    public string? EnterpriseName { get; set; }

    [StringLength(18, MinimumLength = 18, ErrorMessage = "统一社会信用代码应为 18 位")]
    public string? CreditCode { get; set; }

    [StringLength(256, ErrorMessage = "地址不能超过 256 个字")]
    public string? Address { get; set; }

    [DataType(DataType.Date)]
    public DateOnly? ObservedOn { get; set; }

    [Required(ErrorMessage = "请描述您看到的情况")]
    [StringLength(5000, MinimumLength = 10, ErrorMessage = "情况描述应为 10 至 5000 字")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "请选择实名或匿名举报")]
    public string? Identity { get; set; } // "named" | "anonymous"

    [StringLength(50, ErrorMessage = "姓名不能超过 50 个字")]
    public string? Name { get; set; }

    [RegularExpression(@"^[0-9+\-\s()]{7,20}$", ErrorMessage = "请填写正确的电话号码（7 至 20 位数字）")]
    public string? Phone { get; set; }

    [EmailAddress(ErrorMessage = "请填写正确的电子邮箱地址")]
    [StringLength(254, ErrorMessage = "电子邮箱地址过长")]
    public string? Email { get; set; }

    public bool WantsEmailNotices { get; set; }

    /// <summary>Honeypot: hidden from people (and from screen readers); bots fill it in.</summary>
    public string? Website { get; set; }

    public bool IsNamed => Identity == "named";

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Identity is not (null or "named" or "anonymous"))
            yield return new("请选择实名或匿名举报", [nameof(Identity)]);
        if (!string.IsNullOrWhiteSpace(CreditCode) && !Reference.CreditCode.IsValid(Reference.CreditCode.Normalize(CreditCode)))
            yield return new("统一社会信用代码校验不通过，请核对；不清楚可不填", [nameof(CreditCode)]);
        var clock = (TimeProvider?)context.GetService(typeof(TimeProvider)) ?? TimeProvider.System;
        var today = clock.TodayInChina();
        if (ObservedOn is { } seen && (seen > today || seen < new DateOnly(2000, 1, 1)))
            yield return new("发现时间应在 2000 年之后且不晚于今天", [nameof(ObservedOn)]);
        if (IsNamed)
        {
            if (string.IsNullOrWhiteSpace(Name)) yield return new("实名举报请填写姓名", [nameof(Name)]);
            if (string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email))
                yield return new("实名举报请至少留下电话或电子邮箱之一，便于核查人员联系您", [nameof(Phone)]);
        }
        if (WantsEmailNotices && (!IsNamed || string.IsNullOrWhiteSpace(Email)))
            yield return new("接收邮件通知需要实名并填写电子邮箱", [nameof(WantsEmailNotices)]);
    }

    /// <summary>Contact details to keep (encrypted): only for a named tip-off; anonymous ones keep nothing.</summary>
    public TipsterIdentity? ToIdentity() => IsNamed
        ? new TipsterIdentity(Clean(Name), Clean(Phone), Clean(Email))
        : null;

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
