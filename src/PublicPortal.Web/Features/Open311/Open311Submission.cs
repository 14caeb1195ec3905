using PublicPortal.Web.Infrastructure;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Intake;

namespace PublicPortal.Web.Features.Open311;

/// <summary>
/// POST requests: a partner's form, checked like the portal's own 我要举报 form (<see cref="TipForm"/>), then filed through
/// the same <see cref="TipIntake"/> — same routing, time limits, encryption, receipt number and query code — with the
/// partner recorded as the channel.
/// </summary>
public partial class Open311Submission(TipIntake intake, ReferenceLookup lookup, IOptions<TipOptions> tipOptions, TimeProvider clock)
{
    public sealed record Accepted(string ServiceRequestId, string Token, string ServiceNotice);

    /// <summary>Either the filed tip-off, or the list of what is wrong with the form (400).</summary>
    public async Task<(Accepted? Tip, IReadOnlyList<string> Errors)> SubmitAsync(IFormCollection form, ApiClient client, CancellationToken ct)
    {
        var errors = new List<string>();
        string? Field(string name) => form[name].ToString() is { Length: > 0 } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        string? Attribute(string code) => Field($"attribute[{code}]");

        var code = Field("service_code");
        var category = Open311Catalogue.FromCode(code);
        if (code is null) errors.Add("缺少 service_code（举报类别），请先调用 services 获取。");
        else if (category is null) errors.Add($"service_code“{code}”不存在，请调用 services 获取可用的类别。");

        var refs = await lookup.GetAsync(ct);
        var placeCode = Attribute(Open311Catalogue.Place);
        var place = refs.Jurisdiction(placeCode);
        if (placeCode is null) errors.Add("缺少 attribute[place]（发生地点）：请填写县、市、区的行政区划代码，见服务定义。仅有经纬度无法派单。");
        else if (place is null || place.Level == JurisdictionLevel.Province) errors.Add($"attribute[place]“{placeCode}”不是可选的地点代码，见服务定义。");

        var enterprise = Attribute(Open311Catalogue.EnterpriseName);
        if (enterprise is null) errors.Add("缺少 attribute[enterprise_name]（被举报企业名称）。");
        else if (enterprise.Length > 128) errors.Add("attribute[enterprise_name] 不能超过 128 个字。");

        var creditCode = Attribute(Open311Catalogue.CreditCode) is { } cc ? Reference.CreditCode.Normalize(cc) : null;
        if (creditCode is not null && !Reference.CreditCode.IsValid(creditCode)) errors.Add("attribute[credit_code] 统一社会信用代码校验不通过。");

        DateOnly? observedOn = null;
        if (Attribute(Open311Catalogue.ObservedOn) is { } seen)
        {
            var today = clock.TodayInChina();
            if (Open311Time.Parse(seen) is not { } at) errors.Add("attribute[observed_on] 应为 ISO 8601 日期，例如 2026-11-20。");
            else
            {
                var day = DateOnly.FromDateTime(at.ToOffset(ChinaTime.Offset).DateTime);
                if (day > today || day < new DateOnly(2000, 1, 1)) errors.Add("attribute[observed_on] 应在 2000 年之后且不晚于今天。");
                else observedOn = day;
            }
        }

        var description = Field("description");
        if (description is null) errors.Add("缺少 description（情况描述）。");
        else if (description.Length is < 10 or > 4000) errors.Add("description 应为 10 至 4000 字。");

        var (identity, identityErrors) = Identity(Field("first_name"), Field("last_name"), Field("phone"), Field("email"));
        errors.AddRange(identityErrors);

        var address = Field("address_string");
        if (address is { Length: > 256 }) errors.Add("address_string 不能超过 256 个字。");
        if (address is null && Field("lat") is { } lat && Field("long") is { } lon)
        {
            // Kept as text for the handling department; it does not route (the portal holds no boundary data).
            if (double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la) && la is >= -90 and <= 90
                && double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo) && lo is >= -180 and <= 180)
                address = FormattableString.Invariant($"经纬度（WGS84）：{la}, {lo}");
            else errors.Add("lat / long 不是有效的 WGS84 经纬度。");
        }

        // media_url is stored as text for staff to open themselves, never fetched by the portal: fetching a URL chosen
        // by a caller would let it make the server call internal addresses (SSRF) or pull in unscanned content, and the
        // evidence the portal itself keeps is only what a citizen uploaded through a form that checks file types.
        var mediaUrl = Field("media_url");
        if (mediaUrl is not null && (mediaUrl.Length > 2048 || !Uri.TryCreate(mediaUrl, UriKind.Absolute, out var media)
            || media.Scheme is not ("http" or "https")))
            errors.Add("media_url 应为 http 或 https 开头的完整网址，不超过 2048 个字符。");

        if (errors.Count > 0) return (null, errors);

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var queryCode = QueryCodes.NewQueryCode();
        var tip = await intake.SubmitAsync(Open311Requests.TokenKeyPrefix + token, queryCode, new TipIntake.NewTip(
            category!.Value, place!.Id, enterprise!, creditCode, address, observedOn, description!, identity,
            WantsEmailNotices: false, SourceKind: null, SourceKey: null, Files: [], ApiClientId: client.Id, MediaUrl: mediaUrl), ct);

        var departments = string.Join("、", tip.Assignments.OrderByDescending(a => a.Role == ResponsibilityRole.Lead).Select(a => a.Department.Name));
        var track = tipOptions.Value.TrackUrl ?? "本平台“进度查询”页面（/tips/track）";
        var due = tip.CloseDueOn is { } by ? $"，应于 {by.Year} 年 {by.Month} 月 {by.Day} 日前办结" : "";
        var notice = $"举报已受理，受理编号 {tip.TrackingNumber}，查询码 {queryCode}。已派送至{departments}办理{due}。"
            + $"请将受理编号和查询码告知举报人：凭此可在{track}查询进度、补充材料和评价办理结果。查询码只在此显示一次，平台不保存明文。";
        return (new Accepted(tip.TrackingNumber, token, notice), []);
    }

    /// <summary>Named when any contact field is given; then, as on the web form, a name and a phone or email are required.</summary>
    private static (TipsterIdentity?, IReadOnlyList<string>) Identity(string? first, string? last, string? phone, string? email)
    {
        if (first is null && last is null && phone is null && email is null) return (null, []);
        var errors = new List<string>();
        // Chinese order: family name first.
        var name = string.Concat(last ?? "", first is not null && last is not null && !IsHan(last + first) ? " " : "", first ?? "");
        if (name.Length == 0) errors.Add("实名举报请填写 last_name / first_name（举报人姓名）。");
        else if (name.Length > 50) errors.Add("举报人姓名不能超过 50 个字。");
        if (phone is null && email is null) errors.Add("实名举报请至少填写 phone 或 email 之一，便于核查人员联系举报人。");
        if (phone is not null && !PhonePattern().IsMatch(phone)) errors.Add("phone 应为 7 至 20 位电话号码。");
        if (email is not null && (email.Length > 254 || !new EmailAddressAttribute().IsValid(email))) errors.Add("email 不是有效的电子邮箱地址。");
        return errors.Count > 0 ? (null, errors) : (new TipsterIdentity(name, phone, email), []);
    }

    private static bool IsHan(string s) => s.All(c => c is >= '\u3400' and <= '\u9fff');

    [GeneratedRegex(@"^[0-9+\-\s()]{7,20}$")]
    private static partial Regex PhonePattern();
}
