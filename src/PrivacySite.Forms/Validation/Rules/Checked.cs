namespace PrivacySite.Forms.Validation.Rules;

/// <summary>The outcome of checking one value: the value to store, or the error code.</summary>
internal readonly record struct Checked(string? Value, string? Error)
{
    public static Checked Ok(string value) => new(value, null);

    public static Checked Fail(string code) => new(null, code);
}
