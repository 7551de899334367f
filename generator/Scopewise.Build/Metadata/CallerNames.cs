using System.Collections.Generic;
using System.Reflection.Metadata;

namespace Scopewise.Build.Metadata;

/// <summary>
/// Names a method the way its author wrote it. Code the compiler moved into generated members is attributed to the
/// method that contains it in source: a lambda <c>&lt;&gt;c.&lt;Main&gt;b__0_0</c> and an async state machine's
/// <c>&lt;DoAsync&gt;d__3.MoveNext</c> become <c>Main</c> and <c>DoAsync</c> of the type that declares them.
/// </summary>
internal static class CallerNames
{
    /// <summary>The user-facing name: <c>Namespace.Type.Method</c>, generic arity removed, nested types joined with '.'.</summary>
    public static string Describe(MetadataReader reader, MethodDefinitionHandle handle)
    {
        var method = reader.GetMethodDefinition(handle);
        var methodName = reader.GetString(method.Name);
        var type = method.GetDeclaringType();

        // Walk out of compiler-generated types (closures, state machines); a state machine's name carries the method's.
        string? ownerFromType = null;
        while (!type.IsNil)
        {
            var definition = reader.GetTypeDefinition(type);
            var typeName = reader.GetString(definition.Name);
            if (!MetadataNames.IsCompilerGenerated(typeName) || definition.GetDeclaringType().IsNil)
            {
                break;
            }

            if (ownerFromType is null && SourceName(typeName) is string fromType)
            {
                ownerFromType = fromType;
            }

            type = definition.GetDeclaringType();
        }

        var name = MetadataNames.IsCompilerGenerated(methodName)
            ? SourceName(methodName) ?? methodName
            : ownerFromType ?? methodName;
        return TypeDisplayName(reader, type) + "." + name;
    }

    /// <summary>
    /// The source method inside a generated name: <c>&lt;Main&gt;b__0_0</c> is Main, <c>&lt;&lt;Main&gt;$&gt;b__0_0</c>
    /// (a lambda in top-level statements) is Main too. Null for names that carry none (<c>&lt;&gt;c</c>).
    /// </summary>
    public static string? SourceName(string generatedName)
    {
        if (!MetadataNames.IsCompilerGenerated(generatedName))
        {
            return generatedName;
        }

        var depth = 0;
        for (var i = 0; i < generatedName.Length; i++)
        {
            if (generatedName[i] == '<')
            {
                depth++;
            }
            else if (generatedName[i] == '>' && --depth == 0)
            {
                var inner = generatedName.Substring(1, i - 1);
                return inner.Length == 0 ? null : SourceName(inner);
            }
        }

        return null;
    }

    /// <summary><c>Namespace.Outer.Inner</c>, without generic arity markers.</summary>
    public static string TypeDisplayName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var parts = new List<string>();
        var current = handle;
        string ns = string.Empty;
        while (!current.IsNil)
        {
            var definition = reader.GetTypeDefinition(current);
            parts.Add(WithoutArity(reader.GetString(definition.Name)));
            ns = reader.GetString(definition.Namespace);
            current = definition.GetDeclaringType();
        }

        parts.Reverse();
        var typeName = string.Join(".", parts);
        return ns.Length == 0 ? typeName : ns + "." + typeName;
    }

    private static string WithoutArity(string name)
    {
        var tick = name.IndexOf('`');
        return tick > 0 ? name.Substring(0, tick) : name;
    }
}
