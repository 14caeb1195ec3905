namespace PublicPortal.Web.Features.Reference;

/// <summary>
/// An exception to the Monday–Friday rule from the State Council's yearly holiday notice: a public holiday on a weekday,
/// or a weekend day that is worked (调休 make-up day). Days not listed follow the weekday rule.
/// </summary>
public class CalendarDay
{
    public DateOnly Date { get; set; }
    public CalendarDayKind Kind { get; set; }
    public string Name { get; set; } = "";
}

public enum CalendarDayKind { Holiday, MakeUpWorkday }
