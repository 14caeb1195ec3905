namespace PublicPortal.Web.Features.Tips.Handling;

/// <summary>The daily 催办 digest to departments; bound from the "Reminders" section.</summary>
public class ReminderOptions
{
    public const string Section = "Reminders";

    public bool Enabled { get; set; } = true;
    /// <summary>The hour (China time, 0–23) from which the day's digest goes out.</summary>
    public int HourOfDay { get; set; } = 8;
    /// <summary>"Due soon": a sign or close deadline within this many working days from today.</summary>
    public int DueWithinWorkingDays { get; set; } = 2;
    /// <summary>How often the worker checks whether the day's digest is due.</summary>
    public double PollMinutes { get; set; } = 5;
}
