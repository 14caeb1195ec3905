using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Features.Reference;
using PublicPortal.Web.Infrastructure;

namespace PublicPortal.Web.Features.Open311;

/// <summary>
/// Open311 GeoReport v2 under <see cref="BasePath"/> (documented for people at /open311). Every answer is XML or JSON
/// by the extension of the resource; every failure is the spec's errors list, never an HTML page or a 500. The API is
/// authenticated by api_key, not by cookie, so antiforgery does not apply; GETs are open to any origin (CORS *).
/// </summary>
public static class Open311Endpoints
{
    public const string BasePath = "/open311/v2";
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";
    private const int MaxPostBytes = 64 * 1024;

    public static IServiceCollection AddOpen311(this IServiceCollection services)
    {
        services.AddOptions<Open311Options>().BindConfiguration(Open311Options.Section);
        services.AddScoped<ApiKeys>();
        services.AddScoped<Open311Requests>();
        services.AddScoped<Open311Submission>();
        services.AddSingleton<Open311KeyLimiter>();
        services.AddRateLimiter(o => o.AddPolicy<string, Open311RateLimit>(Open311RateLimit.Name));
        return services;
    }

    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder app)
    {
        var root = app.MapGroup("/open311").DisableAntiforgery().AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (HttpMethods.IsGet(http.Request.Method)) http.Response.Headers.AccessControlAllowOrigin = "*";
            try { return await next(context); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The spec's "general service error" is a 400 with an errors list; the details stay in the log.
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Open311Endpoints))
                    .LogError(e, "Open311 {Method} {Path} failed", http.Request.Method, http.Request.Path);
                return Answer(Format(http), StatusCodes.Status400BadRequest, Open311Document.Errors(400, "服务处理请求时出错，请稍后重试；如仍失败请联系平台管理员。"));
            }
        });
        root.MapGet("/discovery.{format}", Discovery); // where discovery is usually looked for: beside, not inside, the versioned base
        var api = root.MapGroup("/v2");
        api.MapGet("/", () => Results.Redirect("/open311"));
        api.MapGet("/discovery.{format}", Discovery);
        api.MapGet("/services.{format}", Services);
        api.MapGet("/services/{code}.{format}", ServiceDefinition);
        // A tip-off form is a few kilobytes (a description of at most 5000 characters, no files): refuse anything far
        // larger unread.
        api.MapPost("/requests.{format}", PostRequest).RequireRateLimiting(Open311RateLimit.Name)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxPostBytes));
        api.MapGet("/requests.{format}", GetRequests);
        api.MapGet("/requests/{id}.{format}", GetRequest);
        api.MapGet("/tokens/{token}.{format}", GetToken);
        // Anything else under the base URL — an unknown resource or format extension, or a method the resource does not
        // take — is a 404 in the spec's form rather than the site's HTML error page.
        api.Map("/{**rest}", (HttpContext http) => Answer(Format(http), StatusCodes.Status404NotFound,
            Open311Document.Errors(404, "没有这个资源。可用的资源和格式（.xml / .json）见 /open311。")));
        return app;
    }

    /// <summary>
    /// The interface's absolute base URL as published: Open311:BaseUrl, else the site's base URL + <see cref="BasePath"/>.
    /// </summary>
    public static string InterfaceUrl(HttpRequest request, Open311Options options, SiteOptions site) =>
        options.BaseUrl ?? $"{site.AbsoluteBase(request)}{BasePath}/";

    private static IResult Discovery(string format, HttpContext http, IOptions<Open311Options> options, IOptions<SiteOptions> siteOptions)
    {
        if (Unknown(format)) return NoSuchFormat(http);
        var o = options.Value;
        var baseUrl = InterfaceUrl(http.Request, o, siteOptions.Value);
        var site = siteOptions.Value.AbsoluteBase(http.Request);
        return Answer(format, 200, new Open311Document("discovery", new Open311Object()
            .Add("changeset", o.Changeset)
            .Add("contact", o.Contact)
            .Add("key_service", $"合作系统的接口密钥由平台系统管理员签发，申请方式见 {site}/open311")
            .Add("endpoints", new Open311List("endpoint", [
                new Open311Object().Add("specification", Specification).Add("url", baseUrl).Add("changeset", o.Changeset)
                    .Add("type", "production")
                    .Add("formats", new Open311List("format", ["text/xml", "application/json"])),
            ]))));
    }

    private static IResult Services(string format, HttpContext http, IOptions<Open311Options> options)
    {
        if (Unknown(format)) return NoSuchFormat(http);
        if (BadJurisdiction(http, options) is { } bad) return bad;
        return Answer(format, 200, Open311Document.List("services", "service",
            Enum.GetValues<Tips.TipCategory>().Select(Open311Catalogue.Service)));
    }

    private static async Task<IResult> ServiceDefinition(string code, string format, HttpContext http, IOptions<Open311Options> options,
        ReferenceLookup lookup, CancellationToken ct)
    {
        if (Unknown(format)) return NoSuchFormat(http);
        if (BadJurisdiction(http, options) is { } bad) return bad;
        if (Open311Catalogue.FromCode(code) is not { } category)
            return Answer(format, 404, Open311Document.Errors(404, $"service_code“{code}”不存在。"));
        var definition = Open311Catalogue.Definition(category, await lookup.GetAsync(ct));
        return Answer(format, 200, new Open311Document("service_definition", definition));
    }

    private static async Task<IResult> PostRequest(string format, HttpContext http, IOptions<Open311Options> options, ApiKeys keys,
        Open311KeyLimiter limiter, Open311Submission submission, TimeProvider clock, CancellationToken ct)
    {
        if (Unknown(format)) return NoSuchFormat(http);
        if (!http.Request.HasFormContentType)
            return Answer(format, 400, Open311Document.Errors(400, "请以 application/x-www-form-urlencoded 提交。"));
        IFormCollection form;
        try
        {
            // The size limit metadata is enforced by Kestrel and IIS; these checks hold on any server and for chunked bodies.
            if (http.Request.ContentLength > MaxPostBytes) throw new InvalidDataException("too large");
            form = await http.Request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions
            {
                ValueCountLimit = 100, KeyLengthLimit = 256, ValueLengthLimit = MaxPostBytes, MultipartBodyLengthLimit = MaxPostBytes,
            }, ct);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException)
        {
            return Answer(format, 400, Open311Document.Errors(400, "提交的内容过大（超过 64 KB）或不是有效的表单。"));
        }
        var key = form["api_key"].ToString() is { Length: > 0 } k ? k : http.Request.Query["api_key"].ToString();
        if (string.IsNullOrWhiteSpace(key))
            return Answer(format, 403, Open311Document.Errors(403, "缺少 api_key。接口密钥由平台系统管理员签发。"));
        if (await keys.FindActiveAsync(key, ct) is not { } client)
            return Answer(format, 403, Open311Document.Errors(403, "api_key 无效或已被吊销。"));
        // The spec: an unknown service_code or jurisdiction_id is a 404 (one that is missing is a 400, with the other checks).
        var jurisdiction = form["jurisdiction_id"].ToString();
        if (jurisdiction.Length > 0 && jurisdiction != options.Value.JurisdictionId)
            return UnknownJurisdiction(format, jurisdiction, options);
        if (form["service_code"].ToString().Trim() is { Length: > 0 } serviceCode && Open311Catalogue.FromCode(serviceCode) is null)
            return Answer(format, 404, Open311Document.Errors(404, $"service_code“{serviceCode}”不存在，请调用 services 获取可用的类别。"));
        if (!await limiter.TryAcquireAsync(client.Id, ct))
        {
            http.Response.Headers.RetryAfter = "60";
            return Answer(format, 429, Open311Document.Errors(429, "该接口密钥提交过于频繁，请一分钟后再试。"));
        }

        client.LastUsedAt = clock.GetUtcNow().UtcDateTime; // saved with the tip-off, in the same transaction
        var (accepted, errors) = await submission.SubmitAsync(form, client, ct);
        if (accepted is null) return Answer(format, 400, Open311Document.Errors(400, [.. errors]));

        var account = form["account_id"].ToString();
        http.Response.Headers["Open311-Token"] = accepted.Token;
        http.Response.Headers.Location = $"{BasePath}/requests/{accepted.ServiceRequestId}.{format}";
        // A realtime service: the spec returns service_request_id and no token. The token, for partners that track
        // submissions by token, travels in the Open311-Token header and resolves at tokens/{token}.
        return Answer(format, 201, Open311Document.List("service_requests", "request", [new Open311Object()
            .Add("service_request_id", accepted.ServiceRequestId)
            .Add("service_notice", accepted.ServiceNotice)
            .Add("account_id", account.Length is > 0 and <= 64 ? account : null)]));
    }

    private static async Task<IResult> GetRequests(string format, HttpContext http, IOptions<Open311Options> options,
        Open311Requests requests, CancellationToken ct)
    {
        if (Unknown(format)) return NoSuchFormat(http);
        if (BadJurisdiction(http, options) is { } bad) return bad;
        var q = http.Request.Query;
        var errors = new List<string>();
        static IReadOnlyList<string> List(string value) =>
            value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var ids = List(q["service_request_id"].ToString()).Select(i => i.ToUpperInvariant()).Take(Open311Requests.MaxResults).ToList();
        var categories = new List<Tips.TipCategory>();
        foreach (var code in List(q["service_code"].ToString()))
            if (Open311Catalogue.FromCode(code) is { } c) categories.Add(c);
            else errors.Add($"service_code“{code}”不存在。");
        DateTimeOffset? Date(string name)
        {
            var value = q[name].ToString();
            if (value.Length == 0) return null;
            if (Open311Time.Parse(value) is { } t) return t;
            errors.Add($"{name}“{value}”不是有效的 ISO 8601 日期时间。");
            return null;
        }
        var start = Date("start_date");
        var end = Date("end_date");
        if (start is { } s && end is { } e && e < s) errors.Add("end_date 不能早于 start_date。");
        bool? closed = null;
        var statuses = List(q["status"].ToString());
        if (statuses.Any(v => v is not ("open" or "closed"))) errors.Add("status 只能是 open 或 closed（可用逗号分隔）。");
        else if (statuses.Distinct().Count() == 1) closed = statuses[0] == "closed";
        if (errors.Count > 0) return Answer(format, 400, Open311Document.Errors(400, [.. errors]));

        var found = await requests.SearchAsync(new Open311Requests.Query(ids, categories, start, end, closed), ct);
        return Answer(format, 200, Open311Document.List("service_requests", "request", found));
    }

    private static async Task<IResult> GetRequest(string id, string format, HttpContext http, IOptions<Open311Options> options,
        Open311Requests requests, CancellationToken ct)
    {
        if (Unknown(format)) return NoSuchFormat(http);
        if (BadJurisdiction(http, options) is { } bad) return bad;
        return await requests.FindAsync(id, ct) is { } request
            ? Answer(format, 200, Open311Document.List("service_requests", "request", [request]))
            : Answer(format, 404, Open311Document.Errors(404, $"没有受理编号为“{id}”的举报。"));
    }

    private static async Task<IResult> GetToken(string token, string format, HttpContext http, IOptions<Open311Options> options,
        Open311Requests requests, CancellationToken ct)
    {
        if (Unknown(format)) return NoSuchFormat(http);
        if (BadJurisdiction(http, options) is { } bad) return bad;
        return await requests.FromTokenAsync(token, ct) is { } id
            ? Answer(format, 200, Open311Document.List("service_requests", "request",
                [new Open311Object().Add("service_request_id", id).Add("token", token)]))
            : Answer(format, 404, Open311Document.Errors(404, $"token“{token}”不存在。"));
    }

    private static bool Unknown(string format) => format is not ("xml" or "json");

    private static IResult NoSuchFormat(HttpContext http) =>
        Answer("xml", 404, Open311Document.Errors(404, "不支持的格式：请在资源名后加 .xml 或 .json。"));

    /// <summary>
    /// The spec lets a single-jurisdiction endpoint ignore jurisdiction_id; a value naming another one is not found (404).
    /// </summary>
    private static IResult? BadJurisdiction(HttpContext http, IOptions<Open311Options> options)
    {
        var value = http.Request.Query["jurisdiction_id"].ToString();
        return value.Length == 0 || value == options.Value.JurisdictionId ? null : UnknownJurisdiction(Format(http), value, options);
    }

    private static IResult UnknownJurisdiction(string format, string value, IOptions<Open311Options> options) =>
        Answer(format, 404, Open311Document.Errors(404, $"jurisdiction_id“{value}”不存在：本接口只服务 {options.Value.JurisdictionId}。"));

    /// <summary>The format a request asked for by its extension; XML (the spec's required format) otherwise.</summary>
    public static string Format(HttpContext http) =>
        http.Request.Path.Value?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true ? "json" : "xml";

    public static IResult Answer(string format, int status, Open311Document document) => format == "json"
        ? Results.Text(document.ToJson(), "application/json", Encoding.UTF8, status)
        : Results.Text(document.ToXml(), "text/xml", Encoding.UTF8, status);
}

/// <summary>POSTs per partner key per minute (<see cref="Open311Options.PostsPerMinute"/>), counted in Redis when configured
/// (see <see cref="SharedRateLimit"/>); <see cref="Open311RateLimit"/> also counts them per client address, before the key is
/// read.</summary>
public sealed class Open311KeyLimiter(IOptionsMonitor<Open311Options> options, IServiceProvider services) : IDisposable
{
    private readonly PartitionedRateLimiter<int> _limiter = PartitionedRateLimiter.Create<int, int>(client =>
        SharedRateLimit.FixedWindow(services, client, $"open311-key:{client}", options.CurrentValue.PostsPerMinute,
            TimeSpan.FromMinutes(1)));

    public async ValueTask<bool> TryAcquireAsync(int clientId, CancellationToken ct)
    {
        using var lease = await _limiter.AcquireAsync(clientId, cancellationToken: ct);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
