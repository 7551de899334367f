using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NJsonSchema;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;
using Scopewise.Generator.Spec.Budgets;

namespace Scopewise.Generator.Spec;

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
    private readonly SpecBudgets _budgets;
    private readonly Action<string, string> _reportUnsupported;

    // Object schemas whose allOf base is being mapped, innermost last: a base that is one of them would make a
    // class inherit from itself (CS0146), and their count is the allOf depth the budget limits.
    private readonly List<JsonSchema> _resolvingBases = new();

    // Arrays and dictionaries whose element type is being mapped: one met again is a container that holds itself.
    private readonly HashSet<JsonSchema> _mappingContainers = new();

    /// <summary>
    /// Component schemas whose text says <c>additionalProperties: true</c> (NJsonSchema reads that and "absent" alike):
    /// their models keep unknown properties, as schema-valued <c>additionalProperties</c> do.
    /// </summary>
    public ISet<string> OpenSchemas { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    public SchemaMapper(IDictionary<string, JsonSchema> components, NameScope typeNames, SpecBudgets budgets, Action<string, string> reportUnsupported)
    {
        _typeNames = typeNames;
        _budgets = budgets;
        _reportUnsupported = reportUnsupported;
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
        var actual = ActualOrNull(schema, nameHint);
        if (actual is null)
        {
            return TypeRef.Json;
        }

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
            var arrayRef = new TypeRef(TypeRefKind.Array, Element: MapElement(actual, itemSchema, nameHint + "Item"));
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
            var dictionary = new TypeRef(TypeRefKind.Dictionary, Element: valueSchema is null ? TypeRef.Json : MapElement(actual, valueSchema, nameHint + "Value"));
            Remember(actual, dictionary);
            return dictionary;
        }

        var primitive = MapPrimitive(type, actual.Format);
        Remember(actual, primitive);
        return primitive;
    }

    /// <summary>
    /// The schema a reference chain ends at, as NJsonSchema's <c>ActualSchema</c> follows it (a <c>$ref</c>, or a
    /// wrapper with a single referencing allOf/oneOf/anyOf), walked here first because NJsonSchema's walk throws on
    /// a cycle and costs the square of the chain's length on every call. A chain longer than the budget stops the
    /// spec (SW1005); a cycle, which describes no value, maps to free-form JSON with an SW1002.
    /// </summary>
    private JsonSchema? ActualOrNull(JsonSchema schema, string nameHint)
    {
        var (actual, hops) = Follow(schema, _budgets.MaxReferenceChain);
        if (actual is not null)
        {
            return actual;
        }

        if (hops > _budgets.MaxReferenceChain)
        {
            throw new SpecBudgetException(new BudgetExceeded(SpecBudgets.ReferenceChain, _budgets.MaxReferenceChain, 0, 0,
                $"the schema for {Where(schema, nameHint)} is a chain of more than {_budgets.MaxReferenceChain} references"));
        }

        _reportUnsupported(Where(schema, nameHint), "its $ref chain leads back to itself, so it describes no value; it is generated as free-form JSON (JsonElement)");
        _mapped[schema] = TypeRef.Json;
        return null;
    }

    /// <summary>
    /// Follows <paramref name="schema"/>'s reference chain: the schema at its end, or null with the hops taken when
    /// it loops (hops at most <paramref name="maxHops"/>) or is longer than <paramref name="maxHops"/>.
    /// </summary>
    private static (JsonSchema? Actual, int Hops) Follow(JsonSchema schema, int maxHops)
    {
        var current = schema;
        HashSet<JsonSchema>? seen = null;
        for (var hops = 0; ; hops++)
        {
            var next = current.Reference
                ?? (current.HasAllOfSchemaReference ? current.AllOf.First()
                    : current.HasOneOfSchemaReference ? current.OneOf.First()
                    : current.HasAnyOfSchemaReference ? current.AnyOf.First()
                    : null);
            if (next is null)
            {
                return (current, hops);
            }

            if (hops >= maxHops)
            {
                return (null, hops + 1);
            }

            // Cycles are rare and chains short: a set is only needed once a chain is longer than a few links.
            if (ReferenceEquals(next, schema) || (hops > 8 && !(seen ??= new HashSet<JsonSchema>()).Add(next)))
            {
                return (null, hops);
            }

            current = next;
        }
    }

    /// <summary><paramref name="schema"/>'s actual schema, or the schema itself when its chain loops or runs long.</summary>
    private static JsonSchema SafeActual(JsonSchema schema) => Follow(schema, int.MaxValue).Actual ?? schema;

    private string Where(JsonSchema schema, string nameHint)
        => _componentNames.TryGetValue(schema, out var component) ? "#/components/schemas/" + component : "the schema of " + nameHint;

    /// <summary>
    /// Maps the items of an array or the values of a dictionary. A container is not a named type, so one whose
    /// elements are the container itself (<c>A: {type: array, items: {$ref: A}}</c>) cannot be spelled in C#: the
    /// inner level becomes free-form JSON, with an SW1002.
    /// </summary>
    private TypeRef MapElement(JsonSchema container, JsonSchema? element, string nameHint)
    {
        if (!_mappingContainers.Add(container))
        {
            _reportUnsupported(Where(container, nameHint), "an array or map that contains itself has no C# type; its nested level is generated as free-form JSON (JsonElement)");
            return TypeRef.Json;
        }

        try
        {
            return Map(element, nameHint);
        }
        finally
        {
            _mappingContainers.Remove(container);
        }
    }

    /// <summary>Whether null is allowed: OpenAPI 3.0 <c>nullable</c> or 3.1 <c>type: [x, "null"]</c>.</summary>
    public static bool IsNullable(JsonSchema schema)
    {
        var actual = SafeActual(schema);
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
        var values = schema.Enumeration.Where(v => v is not null).Select(v => EnumValueText(v!))
            .Distinct(StringComparer.Ordinal).ToEquatableArray();
        AddType(new TypeModel(name, TypeModelKind.StringEnum, Summary(schema), schema.IsDeprecated, null, EquatableArray<PropertyModel>.Empty, false, values, EquatableArray<UnionMember>.Empty, Pointer(schema, nameHint)));
        return reference;
    }

    /// <summary>An enum value as the text the API sends: a string as it is, anything else as compact JSON.</summary>
    private static string EnumValueText(object value) => value switch
    {
        string text => text,
        Newtonsoft.Json.Linq.JToken token => token.Type == Newtonsoft.Json.Linq.JTokenType.String ? (string)token! : token.ToString(Newtonsoft.Json.Formatting.None),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

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
        var parts = schema.AllOf.Select(part => (Part: part, Actual: ActualOrNull(part, nameHint))).Where(p => p.Actual is not null).ToList();
        var baseCandidate = parts.FirstOrDefault(p => p.Part.HasReference && _componentNames.ContainsKey(p.Actual!)).Part;
        foreach (var (part, partActual) in parts)
        {
            if (baseType is null && ReferenceEquals(part, baseCandidate))
            {
                if (ReferenceEquals(partActual, schema) || _resolvingBases.Contains(partActual!))
                {
                    _reportUnsupported(Pointer(schema, nameHint), $"its allOf refers back to {Pointer(partActual!, nameHint)}, which inherits from it (a cycle); those properties are copied in instead of inherited");
                }
                else
                {
                    if (_resolvingBases.Count >= _budgets.MaxAllOfDepth)
                    {
                        throw new SpecBudgetException(new BudgetExceeded(SpecBudgets.AllOfDepth, _budgets.MaxAllOfDepth, 0, 0,
                            $"{Pointer(schema, nameHint)} inherits through a chain of more than {_budgets.MaxAllOfDepth} allOf bases"));
                    }

                    _resolvingBases.Add(schema);
                    var baseRef = Map(part, nameHint + "Base");
                    _resolvingBases.RemoveAt(_resolvingBases.Count - 1);
                    if (baseRef.Kind == TypeRefKind.Named && !baseRef.IsNamedValueType && IsObjectType(baseRef.Name!))
                    {
                        baseType = baseRef.Name;
                        continue;
                    }
                }
            }

            flattened.Add(partActual!);
        }

        var inherited = baseType is null ? new HashSet<string>(StringComparer.Ordinal) : InheritedJsonNames(baseType);
        var propertyNames = new NameScope(new[] { name });
        var properties = new List<PropertyModel>();
        var seenJson = new HashSet<string>(StringComparer.Ordinal);
        var keepsExtensionData = false;
        foreach (var part in flattened)
        {
            keepsExtensionData |= part.AdditionalPropertiesSchema is not null || _componentNames.TryGetValue(part, out var component) && OpenSchemas.Contains(component);
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

        if (properties.Count + inherited.Count > _budgets.MaxModelProperties)
        {
            throw new SpecBudgetException(new BudgetExceeded(SpecBudgets.ModelProperties, _budgets.MaxModelProperties, 0, 0,
                $"{Pointer(schema, nameHint)} has {properties.Count + inherited.Count} properties with those it inherits and flattens"));
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
        var text = schema.Description ?? schema.Title ?? SafeActual(schema).Description;
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

}
