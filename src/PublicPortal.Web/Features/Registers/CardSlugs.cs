namespace PublicPortal.Web.Features.Registers;

/// <summary>How a card kind is written in URLs (?card=yellow) and CSS classes (badge yellow).</summary>
public static class CardSlugs
{
    public static string Slug(this Card card) => card == Card.Red ? "red" : "yellow";

    public static Card? Parse(string? slug) => slug switch
    {
        "yellow" => Card.Yellow,
        "red" => Card.Red,
        _ => null,
    };
}
