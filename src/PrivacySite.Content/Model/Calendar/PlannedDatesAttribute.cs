namespace PrivacySite.Content.Model.Calendar;

/// <summary>
/// Marks a data file whose dates are planned ahead (a calendar), so the rule that dates record
/// what has already happened leaves it alone.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PlannedDatesAttribute : Attribute;
