namespace PrivacySite.Content.Skeleton;

/// <summary>
/// An optional field a new society's skeleton still writes, as a blank to fill: the one the skeleton picks
/// of alternatives the law needs one of (the purposes by category, or the table), so nothing is invented and
/// the skeleton's errors stay on its blanks.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class InSkeletonAttribute : Attribute;
