using NJsonSchema.Validation;

namespace Scopewise.Sandbox.Contract;

/// <summary>NJsonSchema's validation errors as short lines a person can act on: where, and which rule.</summary>
internal static class SchemaErrors
{
    /// <summary>At most <paramref name="max"/> lines such as <c>#/fields.summary: StringExpected</c>, innermost causes first.</summary>
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
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                // anyOf/oneOf: each alternative's reasons; the outer "no alternative matched" adds nothing.
                foreach (var inner in child.Errors.Values)
                {
                    Collect(inner, lines);
                }
            }
            else
            {
                lines.Add($"{(string.IsNullOrEmpty(error.Path) ? "#" : error.Path)}: {error.Kind}");
            }
        }
    }
}
