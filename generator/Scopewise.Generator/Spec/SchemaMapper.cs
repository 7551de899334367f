using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NJsonSchema;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;

namespace Scopewise.Generator.Spec
{
    /// <summary>
    /// Maps NJsonSchema schemas to <see cref="TypeRef"/>s and collects the model types they need.
    /// Component schemas keep their names; inline schemas are named after where they appear.
    /// </summary>
    internal sealed class SchemaMapper
    {
        // Members every class inherits from object: a property with one of these names would hide it (CS0108/CS0114).
        private static readonly HashSet<string> ObjectMembers = new(StringComparer.Ordinal) { "ToString", "GetHashCode", "Equals", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize" };

        private readonly Dictionary<JsonSchema, string> _componentNames = new();
        private readonly Dictionary<JsonSchema, TypeRef> _mapped = new();
        private readonly List<TypeModel> _types = new();

        // Lookups by name beside the lists above: Jira maps thousands of schemas, and scanning the lists for each
        // allOf base or inherited property made mapping quadratic.
        private readonly Dictionary<string, TypeModel> _typesByName = new(StringComparer.Ordinal);
        private readonly HashSet<string> _mappedReferenceTypeNames = new(StringComparer.Ordinal);
        private readonly NameScope _typeNames;

        public SchemaMapper(IDictionary<string, JsonSchema> components, NameScope typeNames)
        {
            _typeNames = typeNames;
            foreach (var pair in components.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (pair.Value is not null && !_componentNames.ContainsKey(pair.Value))
                {
                    _componentNames.Add(pair.Value, pair.Key);
                }
            }
        }

        public IReadOnlyList<TypeModel> Types => _types;

        /// <summary>Maps every component schema, so that models exist even when no operation uses them.</summary>
        public void MapComponents()
        {
            foreach (var pair in _componentNames.OrderBy(p => p.Value, StringComparer.Ordinal))
            {
                Map(pair.Key, Naming.Pascal(pair.Value, "Model"));
            }
        }

        /// <summary>Maps <paramref name="schema"/>; <paramref name="nameHint"/> names an inline object, enum or union.</summary>
        public TypeRef Map(JsonSchema? schema, string nameHint)
        {
            if (schema is null)
            {
                return TypeRef.Json;
            }

            // Mapping recurses into referenced components, so a long chain of schemas nests as deep as it is long; past
            // what the stack allows this throws (and the spec reports it) instead of crashing the compiler.
            RuntimeHelpers.EnsureSufficientExecutionStack();
            var actual = schema.ActualSchema;
            if (_mapped.TryGetValue(actual, out var known))
            {
                return known;
            }

            if (_componentNames.TryGetValue(actual, out var componentName))
            {
                nameHint = Naming.Pascal(componentName, "Model");
            }

            // A wrapper such as {"allOf":[{"$ref":...}], "nullable": true} or a single-member oneOf is the member itself.
            var single = SingleMeaningfulMember(actual);
            if (single is not null)
            {
                var inner = Map(single, nameHint);
                Remember(actual, inner);
                return inner;
            }

            if (actual.IsEnumeration)
            {
                return MapEnumeration(actual, nameHint);
            }

            var members = actual.OneOf.Count > 0 ? actual.OneOf : actual.AnyOf;
            if (members.Count > 1)
            {
                return MapUnion(actual, members, nameHint);
            }

            var type = WithoutNull(actual.Type);
            if (type == JsonObjectType.Array || (type == JsonObjectType.None && (actual.Item is not null || actual.Items.Count > 0)))
            {
                var itemSchema = actual.Item ?? actual.Items.FirstOrDefault();
                var arrayRef = new TypeRef(TypeRefKind.Array, Element: Map(itemSchema, nameHint + "Item"));
                Remember(actual, arrayRef);
                return arrayRef;
            }

            if (DescribesJacksonNode(actual))
            {
                Remember(actual, TypeRef.Json);
                return TypeRef.Json;
            }

            var hasProperties = actual.Properties.Count > 0 || actual.AllOf.Count > 0;
            if (hasProperties)
            {
                return MapObject(actual, nameHint);
            }

            if (type == JsonObjectType.Object || actual.AdditionalPropertiesSchema is not null)
            {
                var valueSchema = actual.AdditionalPropertiesSchema;
                var dictionary = new TypeRef(TypeRefKind.Dictionary, Element: valueSchema is null ? TypeRef.Json : Map(valueSchema, nameHint + "Value"));
                Remember(actual, dictionary);
                return dictionary;
            }

            var primitive = MapPrimitive(type, actual.Format);
            Remember(actual, primitive);
            return primitive;
        }

        /// <summary>Whether null is allowed: OpenAPI 3.0 <c>nullable</c> or 3.1 <c>type: [x, "null"]</c>.</summary>
        public static bool IsNullable(JsonSchema schema)
        {
            var actual = schema.ActualSchema;
            return schema.IsNullableRaw == true || actual.IsNullableRaw == true
                || schema.Type.HasFlag(JsonObjectType.Null) || actual.Type.HasFlag(JsonObjectType.Null)
                || actual.OneOf.Any(s => s.Type == JsonObjectType.Null) || actual.AnyOf.Any(s => s.Type == JsonObjectType.Null);
        }

        /// <summary>
        /// Jira's spec describes some "any JSON" values with the properties of Java's Jackson <c>JsonNode</c>
        /// (containerNode, missingNode, pojo, ...). Those values are arbitrary JSON, so they map to JsonElement.
        /// </summary>
        private static bool DescribesJacksonNode(JsonSchema schema)
            => schema.Properties.ContainsKey("containerNode") && schema.Properties.ContainsKey("missingNode") && schema.Properties.ContainsKey("pojo");

        private static JsonSchema? SingleMeaningfulMember(JsonSchema schema)
        {
            if (schema.Properties.Count > 0 || schema.IsEnumeration)
            {
                return null;
            }

            if (schema.AllOf.Count == 1 && schema.OneOf.Count == 0 && schema.AnyOf.Count == 0)
            {
                return schema.AllOf.First();
            }

            var members = (schema.OneOf.Count > 0 ? schema.OneOf : schema.AnyOf).Where(s => s.Type != JsonObjectType.Null || s.HasReference).ToList();
            return schema.AllOf.Count == 0 && members.Count == 1 ? members[0] : null;
        }

        private static JsonObjectType WithoutNull(JsonObjectType type) => type & ~JsonObjectType.Null;

        private static TypeRef MapPrimitive(JsonObjectType type, string? format)
        {
            switch (type)
            {
                case JsonObjectType.String:
                    return format switch
                    {
                        "date-time" => new TypeRef(TypeRefKind.DateTimeOffset),
                        "date" => new TypeRef(TypeRefKind.Date),
                        "uuid" => new TypeRef(TypeRefKind.Guid),
                        _ => TypeRef.String,
                    };
                case JsonObjectType.Integer:
                    // Ids in Atlassian's APIs outgrow 32 bits; only an explicit int32 becomes int.
                    return format == "int32" ? new TypeRef(TypeRefKind.Int32) : new TypeRef(TypeRefKind.Int64);
                case JsonObjectType.Number:
                    return format == "float" ? new TypeRef(TypeRefKind.Float) : new TypeRef(TypeRefKind.Double);
                case JsonObjectType.Boolean:
                    return new TypeRef(TypeRefKind.Boolean);
                default:
                    return TypeRef.Json;
            }
        }

        private TypeRef MapEnumeration(JsonSchema schema, string nameHint)
        {
            var type = WithoutNull(schema.Type);
            if (type != JsonObjectType.String && type != JsonObjectType.None)
            {
                // Integer and boolean enums stay plain numbers: unknown values must never throw.
                var primitive = MapPrimitive(type, schema.Format);
                Remember(schema, primitive);
                return primitive;
            }

            var name = _typeNames.Claim(ImplicitUsingNames.Avoid(nameHint));
            var reference = new TypeRef(TypeRefKind.Named, name, IsNamedValueType: true);
            Remember(schema, reference);
            var values = schema.Enumeration.Where(v => v is not null).Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)
                .Distinct(StringComparer.Ordinal).ToEquatableArray();
            AddType(new TypeModel(name, TypeModelKind.StringEnum, Summary(schema), schema.IsDeprecated, null, EquatableArray<PropertyModel>.Empty, false, values, EquatableArray<UnionMember>.Empty, Pointer(schema, nameHint)));
            return reference;
        }

        private TypeRef MapUnion(JsonSchema schema, ICollection<JsonSchema> members, string nameHint)
        {
            var name = _typeNames.Claim(ImplicitUsingNames.Avoid(nameHint));
            var reference = new TypeRef(TypeRefKind.Named, name);
            Remember(schema, reference);
            var memberNames = new NameScope(new[] { "Json", name });
            var unionMembers = new List<UnionMember>();
            var index = 1;
            foreach (var member in members)
            {
                if (member.Type == JsonObjectType.Null && !member.HasReference)
                {
                    continue;
                }

                var memberType = Map(member, nameHint + "Option" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                index++;
                if (unionMembers.Any(m => m.Type == memberType))
                {
                    continue;
                }

                unionMembers.Add(new UnionMember(memberNames.Claim(Naming.Pascal(memberType.ToIdentifierPart())), memberType));
            }

            AddType(new TypeModel(name, TypeModelKind.Union, Summary(schema), schema.IsDeprecated, null, EquatableArray<PropertyModel>.Empty, false, EquatableArray<string>.Empty, unionMembers.ToEquatableArray(), Pointer(schema, nameHint)));
            return reference;
        }

        private TypeRef MapObject(JsonSchema schema, string nameHint)
        {
            var name = _typeNames.Claim(ImplicitUsingNames.Avoid(nameHint));
            var reference = new TypeRef(TypeRefKind.Named, name);
            Remember(schema, reference);

            // allOf: one referenced component becomes the base class; everything else is flattened in.
            string? baseType = null;
            var flattened = new List<JsonSchema> { schema };
            var baseCandidates = schema.AllOf.Where(s => s.HasReference && _componentNames.ContainsKey(s.ActualSchema)).ToList();
            foreach (var part in schema.AllOf)
            {
                if (baseType is null && baseCandidates.Count > 0 && ReferenceEquals(part, baseCandidates[0]))
                {
                    var baseRef = Map(part, nameHint + "Base");
                    if (baseRef.Kind == TypeRefKind.Named && !baseRef.IsNamedValueType && IsObjectType(baseRef.Name!))
                    {
                        baseType = baseRef.Name;
                        continue;
                    }
                }

                flattened.Add(part.ActualSchema);
            }

            var inherited = baseType is null ? new HashSet<string>(StringComparer.Ordinal) : InheritedJsonNames(baseType);
            var propertyNames = new NameScope(new[] { name });
            var properties = new List<PropertyModel>();
            var seenJson = new HashSet<string>(StringComparer.Ordinal);
            var keepsExtensionData = false;
            foreach (var part in flattened)
            {
                keepsExtensionData |= part.AdditionalPropertiesSchema is not null;
                foreach (var property in part.Properties)
                {
                    if (!seenJson.Add(property.Key) || inherited.Contains(property.Key))
                    {
                        continue;
                    }

                    var propertySchema = property.Value;
                    var pascal = Naming.Pascal(property.Key, "Property");
                    var csName = propertyNames.Claim(ObjectMembers.Contains(pascal) ? pascal + "Value" : pascal);
                    var type = Map(propertySchema, name + Naming.Pascal(property.Key, "Property"));
                    var required = propertySchema.IsRequired || part.RequiredProperties.Contains(property.Key);
                    properties.Add(new PropertyModel(property.Key, csName, type, required, IsNullable(propertySchema), Summary(propertySchema), propertySchema.IsDeprecated));
                }
            }

            AddType(new TypeModel(name, TypeModelKind.Object, Summary(schema), schema.IsDeprecated, baseType, properties.ToEquatableArray(), keepsExtensionData, EquatableArray<string>.Empty, EquatableArray<UnionMember>.Empty, Pointer(schema, nameHint)));
            return reference;
        }

        /// <summary>The mapped type named <paramref name="name"/>, or null.</summary>
        public TypeModel? FindType(string name) => _typesByName.TryGetValue(name, out var type) ? type : null;

        private void Remember(JsonSchema schema, TypeRef type)
        {
            _mapped[schema] = type;
            if (type.Name is not null && !type.IsNamedValueType)
            {
                _mappedReferenceTypeNames.Add(type.Name);
            }
        }

        private void AddType(TypeModel type)
        {
            _types.Add(type);
            if (!_typesByName.ContainsKey(type.Name))
            {
                _typesByName.Add(type.Name, type);
            }
        }

        // A type still being mapped (a base class reached through recursion) is in _mapped but not yet in _types.
        private bool IsObjectType(string name) => FindType(name) is { Kind: TypeModelKind.Object } || _mappedReferenceTypeNames.Contains(name);

        private HashSet<string> InheritedJsonNames(string typeName)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var current = FindType(typeName);
            while (current is not null)
            {
                foreach (var property in current.Properties)
                {
                    names.Add(property.JsonName);
                }

                current = current.BaseType is null ? null : FindType(current.BaseType);
            }

            return names;
        }

        private string Pointer(JsonSchema schema, string nameHint)
            => _componentNames.TryGetValue(schema, out var component) ? "#/components/schemas/" + component : "inline schema " + nameHint;

        private static string? Summary(JsonSchema schema)
        {
            var text = schema.Description ?? schema.Title ?? schema.ActualSchema.Description;
            return string.IsNullOrWhiteSpace(text) ? null : text;
        }

    }
}
