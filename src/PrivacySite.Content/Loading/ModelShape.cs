using System.Collections.Concurrent;
using System.Reflection;

namespace PrivacySite.Content.Loading;

/// <summary>One field of a content record as editors write it in YAML.</summary>
/// <param name="FormerKey">The key it had before a rename (<see cref="FormerNameAttribute"/>), if any.</param>
/// <param name="Recommended">What the PPC guidelines recommend this optional field publish (<see cref="Law.RecommendedAttribute"/>), if anything.</param>
public sealed record FieldShape(string Key, string Name, Type Type, bool Required, Type? ElementType, string? FormerKey = null, Law.LegalItem? Recommended = null);

/// <summary>
/// The YAML shape of a content record, read from its primary constructor: snake_case keys,
/// required unless nullable or defaulted. The binder and the JSON Schema generator share it,
/// so the two cannot disagree.
/// </summary>
public static class ModelShape
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<FieldShape>> Cache = new();

    public static bool IsRecord(Type type) =>
        type.IsClass && type != typeof(string) && !IsList(type, out _) && type.GetConstructors().Length > 0;

    public static bool IsList(Type type, out Type element)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            element = type.GetGenericArguments()[0];
            return true;
        }

        element = typeof(object);
        return false;
    }

    public static IReadOnlyList<FieldShape> Fields(Type type) => Cache.GetOrAdd(type, static t =>
    {
        // NullabilityInfoContext is not thread-safe and pages load in parallel: one per type.
        var nullability = new NullabilityInfoContext();
        return [.. Constructor(t).GetParameters().Select(p =>
        {
            var nullable = Nullable.GetUnderlyingType(p.ParameterType) is not null
                || (!p.ParameterType.IsValueType && nullability.Create(p).WriteState == NullabilityState.Nullable);
            var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
            var former = p.GetCustomAttribute<FormerNameAttribute>()?.Key;
            var recommended = p.GetCustomAttribute<Law.RecommendedAttribute>()?.Item;
            return new FieldShape(YamlNaming.ToKey(p.Name!), p.Name!, type, !nullable && !p.HasDefaultValue, IsList(type, out var element) ? element : null, former, recommended);
        })];
    });

    public static ConstructorInfo Constructor(Type type) =>
        type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
}
