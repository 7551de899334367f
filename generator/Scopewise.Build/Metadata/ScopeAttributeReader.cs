using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using Scopewise.Build.Analysis;

namespace Scopewise.Build.Metadata;

/// <summary>
/// Reads Scopewise's attributes (<c>[RequiresScopes]</c>, <c>[ApiOperation]</c>) from a method, or from the
/// property whose accessor it is. Attributes are matched by full name: the runtime assembly is never loaded.
/// </summary>
internal static class ScopeAttributeReader
{
    public const string RequiresScopesAttribute = "Scopewise.RequiresScopesAttribute";
    public const string ApiOperationAttribute = "Scopewise.ApiOperationAttribute";
    private const string RequiresPermissionAttribute = "Scopewise.RequiresPermissionAttribute";
    private const string ApiRemovalAttribute = "Scopewise.ApiRemovalAttribute";
    private const string ApiExperimentalAttribute = "Scopewise.ApiExperimentalAttribute";
    private const string ObsoleteAttribute = "System.ObsoleteAttribute";

    // The values of Scopewise.ScopeKind; the manifest spells them the way scope tables do.
    private static readonly string[] KindNames = { "other", "classic", "granular" };

    /// <summary>Reads the scope declaration of a method; null when neither it nor its property carries <c>[RequiresScopes]</c>.</summary>
    public static DeclaredRequirement? Read(MetadataReader reader, MethodDefinitionHandle handle)
    {
        var method = reader.GetMethodDefinition(handle);
        var alternatives = new List<ScopeAlternativeInfo>();
        ApiOperationInfoRecord? operation = null;
        var policy = new OperationPolicyRecord();
        Collect(reader, method.GetCustomAttributes(), alternatives, ref operation, policy);
        if (alternatives.Count == 0 && FindProperty(reader, handle) is PropertyDefinitionHandle property)
        {
            Collect(reader, reader.GetPropertyDefinition(property).GetCustomAttributes(), alternatives, ref operation, policy);
        }

        if (alternatives.Count == 0)
        {
            return null;
        }

        var declared = new DeclaredRequirement(alternatives, operation);
        Copy(policy, declared.Policy);
        return declared;
    }

    private static void Copy(OperationPolicyRecord from, OperationPolicyRecord to)
    {
        to.PermissionLevel = from.PermissionLevel;
        to.Permissions = from.Permissions;
        to.AnyOf = from.AnyOf;
        to.PermissionText = from.PermissionText;
        to.RemovalEffective = from.RemovalEffective;
        to.ChangeId = from.ChangeId;
        to.Details = from.Details;
        to.Replacement = from.Replacement;
        to.Experimental = from.Experimental;
        to.Deprecated = from.Deprecated;
    }

    /// <summary>The issue-18 attributes; decoded only when their name matches, so other attributes cost nothing more.</summary>
    private static void CollectPolicy(string? name, CustomAttribute attribute, OperationPolicyRecord policy)
    {
        switch (name)
        {
            case RequiresPermissionAttribute:
            {
                var value = attribute.DecodeValue(AttributeValueTypes.Instance);
                policy.PermissionLevel = value.FixedArguments.Length > 0 && value.FixedArguments[0].Value is int level ? level : 0;
                var names = new List<string>();
                for (var i = 1; i < value.FixedArguments.Length; i++)
                {
                    if (value.FixedArguments[i].Value is ImmutableArray<CustomAttributeTypedArgument<string>> array)
                    {
                        foreach (var element in array)
                        {
                            if (element.Value is string permission && permission.Length > 0)
                            {
                                names.Add(permission);
                            }
                        }
                    }
                }

                policy.Permissions = names;
                policy.PermissionText = NamedString(value, "Text");
                policy.AnyOf = NamedBool(value, "AnyOf");
                break;
            }

            case ApiRemovalAttribute:
            {
                var value = attribute.DecodeValue(AttributeValueTypes.Instance);
                policy.RemovalEffective = FixedString(value, 0);
                policy.ChangeId = NamedString(value, "ChangeId");
                policy.Details = NamedString(value, "Details");
                policy.Replacement = NamedString(value, "Replacement");
                break;
            }

            case ApiExperimentalAttribute:
                policy.Experimental = true;
                break;
            case ObsoleteAttribute:
                policy.Deprecated = true;
                break;
        }
    }

    private static bool NamedBool(CustomAttributeValue<string> value, string name)
    {
        foreach (var argument in value.NamedArguments)
        {
            if (argument.Name == name && argument.Value is bool flag)
            {
                return flag;
            }
        }

        return false;
    }

    private static void Collect(MetadataReader reader, CustomAttributeHandleCollection attributes, List<ScopeAlternativeInfo> alternatives, ref ApiOperationInfoRecord? operation, OperationPolicyRecord policy)
    {
        foreach (var handle in attributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            var name = MetadataNames.AttributeTypeFullName(reader, attribute);
            if (name == RequiresScopesAttribute)
            {
                var value = attribute.DecodeValue(AttributeValueTypes.Instance);
                alternatives.Add(new ScopeAlternativeInfo(KindOf(value), ScopesOf(value)));
            }
            else if (name is RequiresPermissionAttribute or ApiRemovalAttribute or ApiExperimentalAttribute or ObsoleteAttribute)
            {
                CollectPolicy(name, attribute, policy);
            }
            else if (name == ApiOperationAttribute)
            {
                var value = attribute.DecodeValue(AttributeValueTypes.Instance);
                operation = new ApiOperationInfoRecord(
                    FixedString(value, 0),
                    FixedString(value, 1),
                    NamedString(value, "OperationId"),
                    NamedString(value, "Product"));
            }
        }
    }

    private static PropertyDefinitionHandle? FindProperty(MetadataReader reader, MethodDefinitionHandle accessor)
    {
        var method = reader.GetMethodDefinition(accessor);
        if ((method.Attributes & System.Reflection.MethodAttributes.SpecialName) == 0)
        {
            return null;
        }

        foreach (var propertyHandle in reader.GetTypeDefinition(method.GetDeclaringType()).GetProperties())
        {
            var accessors = reader.GetPropertyDefinition(propertyHandle).GetAccessors();
            if (accessors.Getter == accessor || accessors.Setter == accessor)
            {
                return propertyHandle;
            }
        }

        return null;
    }

    internal static IReadOnlyList<string> ScopesOf(CustomAttributeValue<string> value)
    {
        var scopes = new List<string>();
        foreach (var argument in value.FixedArguments)
        {
            if (argument.Value is ImmutableArray<CustomAttributeTypedArgument<string>> array)
            {
                foreach (var element in array)
                {
                    if (element.Value is string scope && scope.Length > 0)
                    {
                        scopes.Add(scope);
                    }
                }
            }
            else if (argument.Value is string single && single.Length > 0)
            {
                scopes.Add(single);
            }
        }

        return scopes;
    }

    private static string KindOf(CustomAttributeValue<string> value)
    {
        foreach (var argument in value.NamedArguments)
        {
            if (argument.Name == "Kind" && argument.Value is int kind && kind >= 0 && kind < KindNames.Length)
            {
                return KindNames[kind];
            }
        }

        return KindNames[0];
    }

    private static string? FixedString(CustomAttributeValue<string> value, int index)
        => index < value.FixedArguments.Length ? value.FixedArguments[index].Value as string : null;

    private static string? NamedString(CustomAttributeValue<string> value, string name)
    {
        foreach (var argument in value.NamedArguments)
        {
            if (argument.Name == name)
            {
                return argument.Value as string;
            }
        }

        return null;
    }
}
