namespace PrivacySite.Forms.Fields;

/// <summary>
/// A field applies only when another field holds one of <see cref="AnyOf"/> (for checkboxes: includes one),
/// for example the agent's name only when the requester is an agent.
/// </summary>
public sealed record FieldCondition(string Field, IReadOnlyList<string> AnyOf);
