using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Scopewise.Analyzers;

/// <summary>Reads the string arguments of the Scopewise attributes, tolerating code that does not compile yet.</summary>
internal static class AttributeValues
{
    /// <summary>The <c>params string[]</c> constructor argument, without nulls and empty strings (kept verbatim otherwise, so SW2003 can flag a stray space).</summary>
    public static ImmutableArray<string> ReadStrings(AttributeData attribute)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Array)
            {
                foreach (var element in argument.Values)
                {
                    Add(builder, element.Value as string);
                }
            }
            else
            {
                Add(builder, argument.Value as string);
            }
        }

        return builder.ToImmutable();
    }

    public static string? ReadNamedString(AttributeData attribute, string name)
    {
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == name)
            {
                return named.Value.Value as string;
            }
        }

        return null;
    }

    private static void Add(ImmutableArray<string>.Builder builder, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            builder.Add(value!);
        }
    }
}
