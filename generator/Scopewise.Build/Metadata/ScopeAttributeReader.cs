using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using Scopewise.Build.Analysis;

namespace Scopewise.Build.Metadata
{
    /// <summary>
    /// Reads Scopewise's attributes (<c>[RequiresScopes]</c>, <c>[ApiOperation]</c>) from a method, or from the
    /// property whose accessor it is. Attributes are matched by full name: the runtime assembly is never loaded.
    /// </summary>
    internal static class ScopeAttributeReader
    {
        public const string RequiresScopesAttribute = "Scopewise.RequiresScopesAttribute";
        public const string ApiOperationAttribute = "Scopewise.ApiOperationAttribute";

        // The values of Scopewise.ScopeKind; the manifest spells them the way scope tables do.
        private static readonly string[] KindNames = { "other", "classic", "granular" };

        /// <summary>Reads the scope declaration of a method; null when neither it nor its property carries <c>[RequiresScopes]</c>.</summary>
        public static DeclaredRequirement? Read(MetadataReader reader, MethodDefinitionHandle handle)
        {
            var method = reader.GetMethodDefinition(handle);
            var alternatives = new List<ScopeAlternativeInfo>();
            ApiOperationInfoRecord? operation = null;
            Collect(reader, method.GetCustomAttributes(), alternatives, ref operation);
            if (alternatives.Count == 0 && FindProperty(reader, handle) is PropertyDefinitionHandle property)
            {
                Collect(reader, reader.GetPropertyDefinition(property).GetCustomAttributes(), alternatives, ref operation);
            }

            return alternatives.Count == 0 ? null : new DeclaredRequirement(alternatives, operation);
        }

        private static void Collect(MetadataReader reader, CustomAttributeHandleCollection attributes, List<ScopeAlternativeInfo> alternatives, ref ApiOperationInfoRecord? operation)
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
}
