#:package SkiaSharp
#:package SkiaSharp.NativeAssets.Linux.NoDependencies
// Load generator for tests/benchmarks/cluster.sh (a .NET file-based app: `dotnet run tests/benchmarks/ClusterLoad.cs -- …`).
//   photo FILE                      writes a photo-like 1024×768 JPEG of about 200 KB (gradient and grain)
//   tips URL COUNT WORKERS PHOTO OUT files COUNT tip-offs as a browser does (form GET, proof of work, multipart POST with
//                                   the photo; PHOTO "none" sends none), WORKERS at a time; writes each receipt's
//                                   tracking number to OUT and prints the rate. Each filing without a receipt is counted
//                                   with its status.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

return args switch
{
    ["photo", var file] => Photo(file),
    ["tips", var url, var count, var workers, var photo, var output] =>
        await TipsAsync(new Uri(url), int.Parse(count, CultureInfo.InvariantCulture),
            int.Parse(workers, CultureInfo.InvariantCulture), photo == "none" ? [] : await File.ReadAllBytesAsync(photo), output),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ClusterLoad.cs photo FILE | tips URL COUNT WORKERS PHOTO OUT");
    return 2;
}

// A smooth picture with grain compresses like a phone photo; the quality is lowered until the file is at most 200 KB.
static int Photo(string file)
{
    using var bitmap = new SKBitmap(1024, 768);
    var random = new Random(14);
    for (var y = 0; y < bitmap.Height; y++)
        for (var x = 0; x < bitmap.Width; x++)
        {
            var grain = random.Next(-24, 24);
            bitmap.SetPixel(x, y, new SKColor(Clamp(x / 4 + grain), Clamp(y / 3 + grain), Clamp((x + y) / 7 + grain)));
        }
    for (var quality = 95; quality > 10; quality--)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, quality);
        if (data.Size > 200 * 1024 && quality > 15) continue;
        File.WriteAllBytes(file, data.ToArray());
        Console.WriteLine($"{file}: {data.Size / 1024} KB, 1024×768, JPEG quality {quality}");
        return 0;
    }
    return 1;
}

static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);

static async Task<int> TipsAsync(Uri url, int count, int workers, byte[] photo, string output)
{
    var receipts = new ConcurrentBag<string>();
    var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
    var latencies = new ConcurrentBag<double>();
    var next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
    {
        using var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true })
        {
            BaseAddress = url, Timeout = TimeSpan.FromSeconds(60),
        };
        while (Interlocked.Increment(ref next) < count)
        {
            var started = Stopwatch.GetTimestamp();
            var outcome = await FileOneAsync(client, photo);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (outcome.StartsWith("JB", StringComparison.Ordinal)) receipts.Add(outcome);
            else failures.AddOrUpdate(outcome, 1, (_, n) => n + 1);
        }
    })));
    var seconds = clock.Elapsed.TotalSeconds;
    await File.WriteAllLinesAsync(output, receipts);
    var sorted = latencies.Order().ToList();
    var attachment = photo.Length > 0 ? $"with a {photo.Length / 1024} KB photo" : "without a photo";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{receipts.Count} receipts of {count} in {seconds:0.0} s: {receipts.Count / seconds:0.0} tip-offs/s "
        + $"({workers} at a time; each a form GET + a multipart POST {attachment}); "
        + $"latency p50 {sorted[sorted.Count / 2]:0} ms, p95 {sorted[sorted.Count * 95 / 100]:0} ms"));
    foreach (var (failure, n) in failures) Console.WriteLine($"  without a receipt ×{n}: {failure}");
    return 0;
}

static async Task<string> FileOneAsync(HttpClient client, byte[] photo)
{
    try
    {
        var html = await client.GetStringAsync("/tips");
        string Hidden(string name) => WebUtility.HtmlDecode(
            Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);
        var check = Regex.Match(html, "data-nonce=\"([0-9A-F]+)\" data-bits=\"([0-9]+)\"");
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden("__RequestVerificationToken"), ["Seed"] = Hidden("Seed"),
            ["HumanCheck.Token"] = Hidden("HumanCheck.Token"),
            ["HumanCheck.Proof"] = Proof(check.Groups[1].Value, int.Parse(check.Groups[2].Value, CultureInfo.InvariantCulture)),
            ["Input.Category"] = "Safety", ["Input.Place"] = "440304", ["Input.EnterpriseName"] = "福田基准测试冶炼有限公司",
            ["Input.Description"] = "基准测试：每晚十点后厂房内的中频炉仍在生产，门口有货车运出钢坯。", ["Input.Identity"] = "anonymous",
        })
            form.Add(new StringContent(value), name);
        if (photo.Length > 0)
        {
            var file = new ByteArrayContent(photo);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(file, "Files", "现场照片.jpg");
        }
        using var response = await client.PostAsync("/tips", form);
        var body = await response.Content.ReadAsStringAsync();
        var tracking = Regex.Match(body, "id=\"tracking-number\"[^>]*>\\s*([A-Z0-9]+)");
        return tracking.Success ? tracking.Groups[1].Value : $"{(int)response.StatusCode} {FirstError(body)}";
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        return e.GetType().Name;
    }
}

static string FirstError(string html) =>
    Regex.Match(html, "class=\"field-error\"[^>]*>([^<]+)<") is { Success: true } error ? error.Groups[1].Value.Trim() : "";

// The smallest counter whose SHA-256 with the nonce starts with enough zero bits, as the browser's worker finds it.
static string Proof(string nonce, int bits)
{
    for (var candidate = 0L; ; candidate++)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{candidate}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{nonce}:{text}"));
        var zero = true;
        for (var i = 0; i < bits && zero; i++) zero = (hash[i / 8] & (0x80 >> (i % 8))) == 0;
        if (zero) return text;
    }
}
