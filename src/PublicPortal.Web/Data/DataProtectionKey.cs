namespace PublicPortal.Web.Data;

/// <summary>A Data Protection key ring entry, kept in the database so every instance (and every restart) can decrypt
/// what another encrypted. Microsoft.AspNetCore.DataProtection.EntityFrameworkCore does not restore here.</summary>
public class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string Xml { get; set; } = "";
}
