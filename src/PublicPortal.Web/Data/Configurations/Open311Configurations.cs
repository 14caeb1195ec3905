using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PublicPortal.Web.Features.Open311;

namespace PublicPortal.Web.Data.Configurations;

public class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(128);
        builder.Property(c => c.Contact).HasMaxLength(256);
        builder.Property(c => c.KeyPrefix).HasMaxLength(16);
        builder.Property(c => c.KeyHash).HasMaxLength(128);
        builder.Property(c => c.CreatedByName).HasMaxLength(256);
        builder.HasIndex(c => c.KeyPrefix).IsUnique();
        builder.Ignore(c => c.IsActive);
    }
}
