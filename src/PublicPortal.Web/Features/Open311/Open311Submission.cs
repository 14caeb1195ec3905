using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Features.Tips;
using PublicPortal.Web.Features.Tips.Intake;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Open311;

/// <summary>
/// POST requests: translates a partner's form into a <see cref="TipSubmission"/> and files it through the same
/// <see cref="TipIntake"/> as the portal's own 我要举报 form — same rules, routing, time limits, encryption, receipt number
/// and query code — with the partner recorded as the channel. Only what is Open311's own (service codes, ISO dates,
/// lat/long, first and last name) is checked here; the intake's errors come back named by Open311's parameters.
/// </summary>
public class Open311Submission(TipIntake intake, IOptions<TipOptions> tipOptions)
{
    public sealed record Accepted(string ServiceRequestId, string Token, string ServiceNotice);

    /// <summary>The Open311 parameter that carries each <see cref="TipSubmission"/> field.</summary>
    private static readonly Dictionary<string, string> Parameters = new()
    {
        [nameof(TipSubmission.Category)] = "service_code",
        [nameof(TipSubmission.Place)] = $"attribute[{Open311Catalogue.Place}]",
        [nameof(TipSubmission.EnterpriseName)] = $"attribute[{Open311Catalogue.EnterpriseName}]",
        [nameof(TipSubmission.CreditCode)] = $"attribute[{Open311Catalogue.CreditCode}]",
        [nameof(TipSubmission.ObservedOn)] = $"attribute[{Open311Catalogue.ObservedOn}]",
        [nameof(TipSubmission.Address)] = "address_string",
        [nameof(TipSubmission.Description)] = "description",
        [nameof(TipSubmission.Name)] = "last_name / first_name",
        [nameof(TipSubmission.Phone)] = "phone",
        [nameof(TipSubmission.Email)] = "email",
        [nameof(TipSubmission.MediaUrl)] = "media_url",
    };

    /// <summary>Either the filed tip-off, or the list of what is wrong with the form (400).</summary>
    public async Task<(Accepted? Tip, IReadOnlyList<string> Errors)> SubmitAsync(
        IFormCollection form, ApiClient client, CancellationToken ct)
    {
        var errors = new List<string>();
        string? Field(string name) => form[name].ToString() is { Length: > 0 } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        string? Attribute(string code) => Field($"attribute[{code}]");

        // An unknown service_code never gets here: the endpoint answers it with the spec's 404 first.
        var category = Open311Catalogue.FromCode(Field("service_code"));

        DateOnly? observedOn = null;
        if (Attribute(Open311Catalogue.ObservedOn) is { } seen)
        {
            if (Open311Time.Parse(seen) is { } at) observedOn = ChinaTime.DateInChina(at.UtcDateTime);
            else errors.Add($"attribute[{Open311Catalogue.ObservedOn}] 应为 ISO 8601 日期，例如 2026-11-20。");
        }

        var address = Field("address_string");
        if (address is null && Field("lat") is { } lat && Field("long") is { } lon)
        {
            // Kept as text for the handling department; it does not route (the portal holds no boundary data).
            if (double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la) && la is >= -90 and <= 90
                && double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo) && lo is >= -180 and <= 180)
                address = FormattableString.Invariant($"经纬度（WGS84）：{la}, {lo}");
            else errors.Add("lat / long 不是有效的 WGS84 经纬度。");
        }

        var (first, last, phone, email) = (Field("first_name"), Field("last_name"), Field("phone"), Field("email"));
        var submission = new TipSubmission
        {
            Category = category, Place = Attribute(Open311Catalogue.Place),
            EnterpriseName = Attribute(Open311Catalogue.EnterpriseName), CreditCode = Attribute(Open311Catalogue.CreditCode),
            Address = address, ObservedOn = observedOn, Description = Field("description"),
            // Named when any contact field is given, as the service definition says.
            Named = first is not null || last is not null || phone is not null || email is not null,
            Name = FullName(first, last), Phone = phone, Email = email,
            ApiClientId = client.Id,
            // media_url is stored as text for staff to open themselves, never fetched by the portal: fetching a URL
            // chosen by a caller would let it make the server call internal addresses (SSRF) or pull in unscanned
            // content, and the evidence the portal itself keeps is only what a citizen uploaded through a checked form.
            MediaUrl = Field("media_url"),
        };
        errors.AddRange((await intake.CheckAsync(submission, ct)).Select(e => Describe(e, submission)));
        if (errors.Count > 0) return (null, errors);

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var queryCode = QueryCodes.NewQueryCode();
        var (tip, late) = await intake.SubmitAsync(Open311Requests.TokenKeyPrefix + token, queryCode, submission, ct);
        if (tip is null) return (null, late.Select(e => Describe(e, submission)).ToList());

        var departments = string.Join("、", tip.Assignments
            .OrderByDescending(a => a.Role == ResponsibilityRole.Lead).Select(a => a.Department.Name));
        var track = tipOptions.Value.TrackUrl ?? "本平台“进度查询”页面（/tips/track）";
        var due = tip.CloseDueOn is { } by ? $"，应于 {by.Year} 年 {by.Month} 月 {by.Day} 日前办结" : "";
        var notice = $"举报已受理，受理编号 {tip.TrackingNumber}，查询码 {queryCode}。已派送至{departments}办理{due}。"
            + $"请将受理编号和查询码告知举报人：凭此可在{track}查询进度、补充材料和评价办理结果。查询码只在此显示一次，平台不保存明文。";
        return (new Accepted(tip.TrackingNumber, token, notice), []);
    }

    /// <summary>The intake's message, named by the Open311 parameter and, for a code, quoting what was sent.</summary>
    private static string Describe(TipSubmissionError error, TipSubmission sent)
    {
        var value = error.Field switch
        {
            nameof(TipSubmission.Place) => sent.Place,
            nameof(TipSubmission.CreditCode) => sent.CreditCode,
            _ => null,
        };
        return $"{Parameters.GetValueOrDefault(error.Field, error.Field)}{(value is null ? "" : $"“{value}”")}：{error.Message}";
    }

    /// <summary>Chinese order, family name first; a space between the two only when they are not both in Han characters.</summary>
    private static string? FullName(string? first, string? last)
    {
        if (first is null && last is null) return null;
        var space = first is not null && last is not null && !IsHan(last + first) ? " " : "";
        return string.Concat(last ?? "", space, first ?? "");
    }

    private static bool IsHan(string s) => s.All(c => c is >= '\u3400' and <= '\u9fff');
}
