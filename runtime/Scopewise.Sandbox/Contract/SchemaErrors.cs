using NJsonSchema.Validation;

namespace Scopewise.Sandbox.Contract;

/// <summary>NJsonSchema's validation errors as short lines a person can act on: where, and which rule.</summary>
internal static class SchemaErrors
{
    /// <summary>At most <paramref name="max"/> lines such as <c>#/fields.summary: StringExpected</c>, each rule before the reasons it gathered.</summary>
    public static IReadOnlyList<string> Describe(IEnumerable<ValidationError> errors, int max = 5)
    {
        var lines = new List<string>();
        Collect(errors, lines);
        return lines.Distinct(StringComparer.Ordinal).Take(max).ToList();
    }

    private static void Collect(IEnumerable<ValidationError> errors, List<string> lines)
    {
        foreach (var error in errors)
        {
            var before = lines.Count;
            if (error is ChildSchemaValidationError child)
            {
                // anyOf/oneOf: each alternative's reasons come first; the outer line says which rule gathered them.
                foreach (var inner in child.Errors.Values)
                {
                    Collect(inner, lines);
                }
            }

            lines.Insert(before, $"{(string.IsNullOrEmpty(error.Path) ? "#" : error.Path)}: {error.Kind}{Detail(error)}");
        }
    }

    /// <summary>What the rule wanted, where the kind alone does not say: the pattern, the allowed values.</summary>
    private static string Detail(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PatternMismatch when error.Schema?.Pattern is { } pattern => $" (pattern {pattern})",
        ValidationErrorKind.NotInEnumeration when error.Schema?.Enumeration is { Count: > 0 } values => $" (one of {string.Join(", ", values.Select(v => v?.ToString() ?? "null"))})",
        _ => string.Empty,
    };
}
