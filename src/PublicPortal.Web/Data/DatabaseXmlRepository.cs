using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace PublicPortal.Web.Data;

/// <summary>
/// Stores the Data Protection key ring in the portal's database, so that encrypted tip-offs stay readable across
/// restarts and across instances behind a load balancer. (The EF Core package for this does not restore here; this is
/// the same few lines.) What is stored here is already encrypted by the key-encryption key, which is kept outside the
/// database (see Infrastructure/KeyEncryptionKeys.cs): a copy of this table alone decrypts nothing.
/// </summary>
public sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return db.DataProtectionKeys.AsEnumerable().Select(k => XElement.Parse(k.Xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey
        {
            FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting),
        });
        db.SaveChanges();
    }
}
