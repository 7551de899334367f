using System;
using System.Collections.Generic;
using System.Linq;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;

namespace Scopewise.Generator.Resolve;

/// <summary>Names in the client's JSON class.</summary>
internal static class JsonNames
{
    // Members of the JSON class itself; a model with one of these names gets an accessor ending in "Info".
    // Generated factories, batches and helpers start with "__", which no accessor named after a model can.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "Options", "CreateOptions", "GetTypeInfo" };

    /// <summary>The public accessor of a type's <c>JsonTypeInfo</c>.</summary>
    public static string Accessor(TypeRef type)
    {
        // Nested arrays and dictionaries compose long names (ListOfListOf…); cap them as every other name is.
        var id = Spec.Naming.Cap(type.ToIdentifierPart());
        return Reserved.Contains(id) ? id + "Info" : id;
    }

    /// <summary>The nested class of the <paramref name="batch"/>th batch of factories (from 0).</summary>
    public static string Batch(int batch) => "__Metadata" + (batch + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Works out the JSON metadata closure (every type the metadata must describe: wire types, models, their property
/// and element types, and nullable value types), which types get a public accessor, each object's properties with
/// inheritance resolved, and the batches the factories are spread over.
/// </summary>
internal static class JsonPlanner
{
    // Factories are spread over nested classes of about this many "units" (a factory is 2, a property 1): the
    // compiler binds types in parallel, and Jira's ~1,700 factories in one class kept one core busy for seconds.
    private const int UnitsPerBatch = 400;

    public static JsonPlan Plan(ModelShape shape, string className, IEnumerable<TypeModel> models, IEnumerable<TypeRef> wireTypes, HintNames hints, string hintPrefix)
    {
        var hintName = hints.Unique($"{hintPrefix}.Json");
        var types = Closure(models, wireTypes);
        var batches = new List<JsonBatchPlan>();
        var batch = new List<JsonTypePlan>();
        var units = 0;
        foreach (var type in types)
        {
            var cost = 2 + (type.NullableValue || type.Type.Kind != TypeRefKind.Named ? 0 : shape.Find(type.Type.Name!)?.Properties.Count ?? 0);
            if (units > 0 && units + cost > UnitsPerBatch)
            {
                Flush();
                units = 0;
            }

            batch.Add(Type(shape, type));
            units += cost;
        }

        Flush();
        return new JsonPlan(className, hintName, types.Count, batches.ToEquatableArray());

        void Flush()
        {
            batches.Add(new JsonBatchPlan(JsonNames.Batch(batches.Count), hints.Unique($"{hintPrefix}.Json{batches.Count + 1}"), batch.ToEquatableArray()));
            batch.Clear();
        }
    }

    private static JsonTypePlan Type(ModelShape shape, ClosureType type)
    {
        if (type.NullableValue)
        {
            return new JsonTypePlan(type.Id, type.CSharp, type.Type, JsonFactoryKind.NullableValue, type.HasAccessor, EquatableArray<JsonDeclarerPlan>.Empty);
        }

        switch (type.Type.Kind)
        {
            case TypeRefKind.Array:
                return new JsonTypePlan(type.Id, type.CSharp, type.Type, JsonFactoryKind.List, type.HasAccessor, EquatableArray<JsonDeclarerPlan>.Empty);
            case TypeRefKind.Dictionary:
                return new JsonTypePlan(type.Id, type.CSharp, type.Type, JsonFactoryKind.Dictionary, type.HasAccessor, EquatableArray<JsonDeclarerPlan>.Empty);
            case TypeRefKind.Named:
            {
                var model = shape.Find(type.Type.Name!);
                return model is null || model.Kind != TypeModelKind.Object
                    ? new JsonTypePlan(type.Id, type.CSharp, type.Type, JsonFactoryKind.Converter, type.HasAccessor, EquatableArray<JsonDeclarerPlan>.Empty)
                    : new JsonTypePlan(type.Id, type.CSharp, type.Type, JsonFactoryKind.Object, type.HasAccessor, Declarers(shape, model));
            }

            default:
                return new JsonTypePlan(type.Id, type.CSharp, type.Type, JsonFactoryKind.Primitive, type.HasAccessor, EquatableArray<JsonDeclarerPlan>.Empty);
        }
    }

    /// <summary>The class's own properties, then each base's, skipping members a more derived class hides with 'new'.</summary>
    private static EquatableArray<JsonDeclarerPlan> Declarers(ModelShape shape, TypeModel model)
    {
        var declarers = new List<JsonDeclarerPlan>(1);
        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declarer in new[] { model }.Concat(shape.Bases(model)))
        {
            // Usually nothing is hidden, and the class's declared properties are used as they are.
            var declared = shape.Declared(declarer);
            List<PropertyModel>? kept = null;
            for (var i = 0; i < declared.Count; i++)
            {
                if (seenNames.Add(declared[i].Name))
                {
                    kept?.Add(declared[i]);
                }
                else if (kept is null)
                {
                    kept = new List<PropertyModel>(declared.Items.Take(i));
                }
            }

            var properties = kept is null ? declared : kept.ToEquatableArray();
            var extensionData = shape.DeclaresExtensionData(declarer) && shape.ExtensionDataMember(declarer) is var member && seenNames.Add(member) ? member : null;
            if (properties.Count > 0 || extensionData is not null)
            {
                declarers.Add(new JsonDeclarerPlan(declarer.Name, properties, extensionData));
            }
        }

        return declarers.ToEquatableArray();
    }

    private static List<ClosureType> Closure(IEnumerable<TypeModel> models, IEnumerable<TypeRef> wireTypes)
    {
        var found = new Dictionary<string, ClosureType>(StringComparer.Ordinal);
        void Add(TypeRef type, bool nullableValue, bool accessor = false)
        {
            var entry = new ClosureType(type, nullableValue && type.IsValueType);
            if (found.TryGetValue(entry.Id, out var existing))
            {
                existing.HasAccessor |= accessor;
                return;
            }

            entry.HasAccessor = accessor;
            found.Add(entry.Id, entry);
            if (entry.NullableValue)
            {
                Add(type, false);
            }

            if (type.Element is not null)
            {
                Add(type.Element, false);
            }
        }

        foreach (var type in wireTypes)
        {
            Add(type, false, accessor: true);
        }

        foreach (var model in models)
        {
            Add(new TypeRef(TypeRefKind.Named, model.Name, IsNamedValueType: model.Kind == TypeModelKind.StringEnum), false, accessor: true);
            foreach (var property in model.Properties)
            {
                Add(property.Type, property.IsNullableInCSharp);
            }

            foreach (var member in model.UnionMembers)
            {
                Add(member.Type, false);
            }

            if (model.KeepsExtensionData)
            {
                Add(new TypeRef(TypeRefKind.Dictionary, Element: TypeRef.Json), false);
            }
        }

        return found.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>A type of the closure while it is being found (whether it gets an accessor can change as it is met again).</summary>
    private sealed class ClosureType
    {
        public ClosureType(TypeRef type, bool nullableValue)
        {
            Type = type;
            NullableValue = nullableValue;
            CSharp = nullableValue ? type.ToCSharpNullable() : type.ToCSharp();
            Id = Spec.Naming.Cap((nullableValue ? "Nullable" : string.Empty) + JsonNames.Accessor(type));
        }

        public TypeRef Type { get; }

        /// <summary>A <c>Nullable&lt;T&gt;</c> of a value type.</summary>
        public bool NullableValue { get; }

        public string CSharp { get; }

        public string Id { get; }

        public bool HasAccessor { get; set; }
    }
}
