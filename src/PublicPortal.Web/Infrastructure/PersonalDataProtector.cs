using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using PublicPortal.Web.Data;

namespace PublicPortal.Web.Infrastructure;

/// <summary>
/// Encrypts personal data before it reaches the database: what could identify a tipster (contact details, descriptions,
/// messages, files) and the addresses of queued emails. ASP.NET Core Data Protection (AES-256-CBC + HMAC-SHA256, keys
/// rotated every 90 days, stored by <see cref="Data.DatabaseXmlRepository"/>, each key wrapped by the key-encryption key
/// kept outside the database, see <see cref="KeyEncryptionKeys"/>); the purpose string isolates these keys from the ones
/// that protect cookies.
/// </summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider)
{
    // The purpose string is part of every stored cipher: changing it makes existing rows unreadable.
    private readonly IDataProtector _protector = provider.CreateProtector("PublicPortal.Tips.v1");

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string cipher) => _protector.Unprotect(cipher);

    public byte[] Protect(byte[] plaintext) => _protector.Protect(plaintext);

    public byte[] Unprotect(byte[] cipher) => _protector.Unprotect(cipher);
}

public static class PersonalDataProtection
{
    /// <summary>Data Protection for the whole portal (cookies, antiforgery, personal data), with its key ring: in the
    /// database (shared by every node), each key encrypted with the KEK that each node holds outside it.</summary>
    public static IServiceCollection AddPersonalDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("PublicPortal");
        services.AddOptions<KeyProtectionOptions>().BindConfiguration(KeyProtectionOptions.Section);
        services.AddSingleton(sp =>
        {
            var environment = sp.GetRequiredService<IHostEnvironment>();
            try
            {
                return KeyEncryptionKeys.Load(sp.GetRequiredService<IOptions<KeyProtectionOptions>>().Value,
                    environment.ContentRootPath, production: !environment.IsDevelopment());
            }
            catch (InvalidOperationException e)
            {
                KeyRingCheck.LogRefused(sp.GetRequiredService<ILogger<KeyRingCheck>>(), e.Message);
                throw;
            }
        });
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>());
            if (sp.GetRequiredService<KeyEncryptionKeys>().Active is { } kek) o.XmlEncryptor = new KeyProtectionXmlEncryptor(kek);
        }));
        services.AddScoped<KeyRingRewrap>();
        services.AddHostedService<KeyRingCheck>(); // first of the hosted services: the check runs before any worker
        services.AddSingleton<PersonalDataProtector>();
        return services;
    }
}
