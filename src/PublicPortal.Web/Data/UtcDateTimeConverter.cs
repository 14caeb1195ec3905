using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PublicPortal.Web.Data;

/// <summary>Marks every DateTime read from the database as UTC and refuses to store local times.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
