namespace PublicPortal.Web.Infrastructure;

/// <summary>An uploaded file read into memory, its type decided by <see cref="EvidenceFiles"/> from its content.</summary>
public sealed record UploadedFile(string FileName, string ContentType, byte[] Data)
{
    /// <summary>Set once <see cref="EvidenceCleaner"/> has made it clean, so the store does not re-encode it a second time.
    /// Internal: no caller outside the app can claim it.</summary>
    internal bool IsClean { get; init; }

    /// <summary>This file made clean (see <see cref="EvidenceCleaner"/>) unless it already is, or a Chinese error.</summary>
    public async Task<(UploadedFile? File, string? Error)> CleanAsync(CancellationToken ct)
    {
        if (IsClean) return (this, null);
        if (EvidenceFiles.SniffContentType(Data) != ContentType)
            return (null, $"文件“{EvidenceFiles.SafeName(FileName)}”不是 JPEG、PNG 或 PDF 格式（按文件内容判断，而非扩展名）。");
        var (data, error) = await EvidenceCleaner.CleanAsync(Data, ContentType, EvidenceFiles.SafeName(FileName), ct);
        return data is null ? (null, error) : (this with { Data = data, IsClean = true }, null);
    }
}

/// <summary>Decides what an uploaded file really is from its first bytes; the name and the browser's type are ignored.</summary>
public static class EvidenceFiles
{
    public static string? SniffContentType(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf", // %PDF-
        _ => null,
    };

    /// <summary>Reads an upload into memory after checking size and type and makes it clean (images re-encoded, PDFs
    /// checked: <see cref="EvidenceCleaner"/>); returns the clean bytes and type, or a Chinese error.</summary>
    public static async Task<(byte[]? Data, string? ContentType, string? Error)> ReadAsync(
        IFormFile file, long maxBytes, CancellationToken ct)
    {
        var name = SafeName(file.FileName);
        if (file.Length == 0) return (null, null, $"文件“{name}”是空文件。");
        if (file.Length > maxBytes) return (null, null, $"文件“{name}”超过 {maxBytes / 1024 / 1024} MB，请压缩或拆分后再上传。");
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var data = buffer.ToArray();
        var type = SniffContentType(data);
        if (type is null) return (null, null, $"文件“{name}”不是 JPEG、PNG 或 PDF 格式（按文件内容判断，而非扩展名）。");
        var (clean, error) = await EvidenceCleaner.CleanAsync(data, type, name, ct);
        return clean is null ? (null, null, error) : (clean, type, null);
    }

    /// <summary>
    /// Reads every chosen file (empty file inputs are ignored) into clean evidence; each problem — too many files, too large,
    /// not JPEG/PNG/PDF, not decodable, an unsafe PDF — is returned as a Chinese message, and only the good files are read.
    /// </summary>
    public static async Task<(List<UploadedFile> Files, List<string> Errors)> ReadAllAsync(
        IEnumerable<IFormFile> uploads, int maxFiles, long maxBytes, CancellationToken ct)
    {
        var files = uploads.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (files.Count > maxFiles) return ([], [$"最多上传 {maxFiles} 个文件。"]);
        var evidence = new List<UploadedFile>();
        var errors = new List<string>();
        foreach (var file in files)
        {
            var (data, type, error) = await ReadAsync(file, maxBytes, ct);
            if (error is not null) errors.Add(error);
            else evidence.Add(new UploadedFile(SafeName(file.FileName), type!, data!) { IsClean = true });
        }
        return (evidence, errors);
    }

    /// <summary>A file name fit to show back to its uploader: no path, no control characters, at most 100 characters.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0) name = "未命名文件";
        return name.Length > 100 ? name[..100] : name;
    }
}
