namespace PublicPortal.Web.Features.OpenData;

/// <summary>The one licence every dataset is published under, stated once so the pages, descriptors and DCAT agree.</summary>
public static class OpenDataLicence
{
    public const string Name = "政府公开数据";
    public const string Title = "政府公开数据，可免费获取、使用、复制和再传播，须注明来源（本平台及发布机构），不得歪曲原意";
    /// <summary>The licence text lives on the catalogue page; descriptors point at it.</summary>
    public const string Path = "/data#licence";
}
