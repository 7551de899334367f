using System;
using System.Collections.Generic;
using System.Linq;
using Scopewise.Generator.Model;

namespace Scopewise.Generator.Emit
{
    /// <summary>
    /// Writes the client's JSON class: serializer options whose resolver is generated metadata
    /// (<c>JsonMetadataServices</c>), one cached <c>JsonTypeInfo&lt;T&gt;</c> per type. No reflection at run time, so
    /// generated clients are trimming- and Native AOT-safe. (The System.Text.Json source generator cannot see types
    /// another generator emits, so Scopewise writes the metadata itself.)
    /// </summary>
    internal sealed class JsonEmitter
    {
        private const string Stj = "global::System.Text.Json";
        private const string Meta = "global::System.Text.Json.Serialization.Metadata";

        // Factories are spread over nested classes of about this many "units" (a factory is 2, a property 1): the
        // compiler binds types in parallel, and Jira's ~1,700 factories in one class kept one core busy for seconds.
        private const int UnitsPerBatch = 400;

        private readonly ModelShape _shape;
        private readonly string _className;
        private readonly List<JsonType> _types;
        private readonly List<List<JsonType>> _batches;

        public JsonEmitter(ModelShape shape, string className, IEnumerable<TypeModel> models, IEnumerable<TypeRef> wireTypes)
        {
            _shape = shape;
            _className = className;
            _types = Closure(models, wireTypes);
            _batches = Batch(_types);
        }

        // Members of the JSON class itself; a model with one of these names gets an accessor ending in "Info".
        // Generated factories, batches and helpers start with "__", which no accessor named after a model can.
        private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "Options", "CreateOptions", "GetTypeInfo" };

        public static string AccessorName(TypeRef type)
        {
            // Nested arrays and dictionaries compose long names (ListOfListOf…); cap them as every other name is.
            var id = Spec.Naming.Cap(type.ToIdentifierPart());
            return Reserved.Contains(id) ? id + "Info" : id;
        }

        /// <summary>How many files of factories <see cref="WriteBatch"/> writes.</summary>
        public int BatchCount => _batches.Count;

        /// <summary>
        /// The JSON class: options, resolver, and a public accessor for every model and every type an operation sends
        /// or returns. Other closure types (a property's <c>List&lt;T&gt;</c>, a nullable enum) are reached through
        /// <c>Options</c> only, which keeps the class's public surface to what a user asks for.
        /// </summary>
        public void Write(SourceWriter writer, string clientName)
        {
            writer.Line($"/// <summary>JSON settings and type metadata for <see cref=\"{clientName}\"/> and its models. Use them to serialize models yourself.</summary>");
            writer.Line("/// <remarks>The metadata is generated, not reflected: serialization works with trimming and Native AOT.</remarks>");
            writer.Line(Literals.GeneratedCode);
            writer.Open($"public static partial class {_className}");
            writer.Line($"private static readonly global::System.Collections.Generic.Dictionary<global::System.Type, global::System.Func<{Stj}.JsonSerializerOptions, {Meta}.JsonTypeInfo>> s_factories = new({_types.Count})");
            writer.Line("{");
            for (var batch = 0; batch < _batches.Count; batch++)
            {
                foreach (var type in _batches[batch])
                {
                    writer.Line($"    [typeof({type.CSharp})] = {BatchName(batch)}.__Create{type.Id},");
                }
            }

            writer.Line("};");
            writer.Line();
            writer.Line("/// <summary>The options the client reads and writes JSON with: web defaults, nulls left out, lenient dates and numbers, generated metadata.</summary>");
            writer.Line($"public static {Stj}.JsonSerializerOptions Options {{ get; }} = CreateOptions();");

            foreach (var type in _types)
            {
                if (!type.HasAccessor)
                {
                    continue;
                }

                writer.Line();
                writer.Line($"private static {Meta}.JsonTypeInfo<{type.CSharp}>? s_{type.Id};");
                writer.Line();
                writer.Line($"/// <summary>Metadata for <c>{DocComments.Escape(type.CSharp)}</c>.</summary>");
                writer.Line($"public static {Meta}.JsonTypeInfo<{type.CSharp}> {type.Id} => s_{type.Id} ??= ({Meta}.JsonTypeInfo<{type.CSharp}>)Options.GetTypeInfo(typeof({type.CSharp}));");
            }

            writer.Line();
            writer.Open($"private static {Stj}.JsonSerializerOptions CreateOptions()");
            writer.Line($"var options = new {Stj}.JsonSerializerOptions({Stj}.JsonSerializerDefaults.Web)");
            writer.Line("{");
            writer.Line($"    DefaultIgnoreCondition = {Stj}.Serialization.JsonIgnoreCondition.WhenWritingNull,");
            writer.Line($"    NumberHandling = {Stj}.Serialization.JsonNumberHandling.AllowReadingFromString,");
            writer.Line("    // Names match exactly: Jira has models with both 'issuetype' and 'issueType'.");
            writer.Line("    PropertyNameCaseInsensitive = false,");
            writer.Line("    TypeInfoResolver = new __Resolver(),");
            writer.Line("};");
            writer.Line("options.MakeReadOnly();");
            writer.Line("return options;");
            writer.Close();

            writer.Line();
            writer.Open($"private sealed class __Resolver : {Meta}.IJsonTypeInfoResolver");
            writer.Line($"public {Meta}.JsonTypeInfo? GetTypeInfo(global::System.Type type, {Stj}.JsonSerializerOptions options)");
            writer.Line("    => s_factories.TryGetValue(type, out var create) ? create(options) : null;");
            writer.Close();
            writer.Close();
        }

        /// <summary>One nested class of metadata factories, in its own file (a part of the partial JSON class).</summary>
        public void WriteBatch(SourceWriter writer, int batch)
        {
            writer.Open($"public static partial class {_className}");
            writer.Open($"private static class {BatchName(batch)}");
            var first = true;
            foreach (var type in _batches[batch])
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                WriteFactory(writer, type);
            }

            writer.Close();
            writer.Close();
        }

        private static string BatchName(int batch) => "__Metadata" + (batch + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private List<List<JsonType>> Batch(List<JsonType> types)
        {
            var batches = new List<List<JsonType>> { new() };
            var units = 0;
            foreach (var type in types)
            {
                var cost = 2 + (type.NullableValue || type.Type.Kind != TypeRefKind.Named ? 0 : _shape.Find(type.Type.Name!)?.Properties.Count ?? 0);
                if (units > 0 && units + cost > UnitsPerBatch)
                {
                    batches.Add(new List<JsonType>());
                    units = 0;
                }

                batches[batches.Count - 1].Add(type);
                units += cost;
            }

            return batches;
        }

        private void WriteFactory(SourceWriter writer, JsonType type)
        {
            var csharp = type.CSharp;
            var signature = $"internal static {Meta}.JsonTypeInfo<{csharp}> __Create{type.Id}({Stj}.JsonSerializerOptions options)";
            if (type.NullableValue)
            {
                writer.Line(signature);
                writer.Line($"    => {Meta}.JsonMetadataServices.CreateValueInfo<{csharp}>(options, {Meta}.JsonMetadataServices.GetNullableConverter<{type.Type.ToCSharp()}>(options));");
                return;
            }

            switch (type.Type.Kind)
            {
                case TypeRefKind.Array:
                {
                    var element = type.Type.Element!.ToCSharp();
                    writer.Line(signature);
                    writer.Line($"    => {Meta}.JsonMetadataServices.CreateListInfo<{csharp}, {element}>(options, new {Meta}.JsonCollectionInfoValues<{csharp}> {{ ObjectCreator = static () => new {csharp}() }});");
                    return;
                }

                case TypeRefKind.Dictionary:
                {
                    var element = type.Type.Element!.ToCSharp();
                    writer.Line(signature);
                    writer.Line($"    => {Meta}.JsonMetadataServices.CreateDictionaryInfo<{csharp}, string, {element}>(options, new {Meta}.JsonCollectionInfoValues<{csharp}> {{ ObjectCreator = static () => new {csharp}() }});");
                    return;
                }

                case TypeRefKind.Named:
                {
                    var model = _shape.Find(type.Type.Name!);
                    if (model is null || model.Kind != TypeModelKind.Object)
                    {
                        writer.Line(signature);
                        writer.Line($"    => {Meta}.JsonMetadataServices.CreateValueInfo<{csharp}>(options, new {csharp}.Converter());");
                        return;
                    }

                    WriteObjectFactory(writer, signature, model);
                    return;
                }

                default:
                    writer.Line(signature);
                    writer.Line($"    => {Meta}.JsonMetadataServices.CreateValueInfo<{csharp}>(options, {PrimitiveConverter(type.Type.Kind)});");
                    return;
            }
        }

        private void WriteObjectFactory(SourceWriter writer, string signature, TypeModel model)
        {
            var name = model.Name;
            writer.Line(signature);
            writer.Line($"    => {Meta}.JsonMetadataServices.CreateObjectInfo<{name}>(options, new {Meta}.JsonObjectInfoValues<{name}>");
            writer.Line("    {");
            writer.Line($"        ObjectCreator = static () => new {name}(),");
            writer.Line($"        PropertyMetadataInitializer = _ => __PropertiesOf{name}(options),");
            writer.Line("    });");
            writer.Line();

            // The class's own properties, then each base's, skipping members a more derived class hides with 'new'.
            var members = new List<(TypeModel Declarer, string Name, string JsonName, string Type, bool IsExtensionData)>();
            var seenNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var declarer in new[] { model }.Concat(_shape.Bases(model)))
            {
                foreach (var property in _shape.Declared(declarer))
                {
                    if (seenNames.Add(property.Name))
                    {
                        var propertyType = property.IsNullableInCSharp ? property.Type.ToCSharpNullable() : property.Type.ToCSharp();
                        members.Add((declarer, property.Name, property.JsonName, propertyType, false));
                    }
                }

                if (_shape.DeclaresExtensionData(declarer))
                {
                    var member = _shape.ExtensionDataMember(declarer);
                    if (seenNames.Add(member))
                    {
                        members.Add((declarer, member, member, $"global::System.Collections.Generic.Dictionary<string, {Stj}.JsonElement>?", true));
                    }
                }
            }

            writer.Open($"private static {Meta}.JsonPropertyInfo[] __PropertiesOf{name}({Stj}.JsonSerializerOptions options)");
            writer.Line($"var properties = new {Meta}.JsonPropertyInfo[{members.Count}];");
            for (var i = 0; i < members.Count; i++)
            {
                var (declarer, member, jsonName, type, isExtensionData) = members[i];
                var access = $"static obj => (({declarer.Name})obj).{member}, static (obj, value) => (({declarer.Name})obj).{member} = value!";
                writer.Line(isExtensionData
                    ? $"properties[{i}] = global::Scopewise.Json.GeneratedJson.ExtensionData<{declarer.Name}>(options, {Literals.String(member)}, {access});"
                    : $"properties[{i}] = global::Scopewise.Json.GeneratedJson.Property<{declarer.Name}, {type}>(options, {Literals.String(member)}, {Literals.String(jsonName)}, {access});");
            }

            writer.Line("return properties;");
            writer.Close();
        }

        private static string PrimitiveConverter(TypeRefKind kind) => kind switch
        {
            TypeRefKind.String => Meta + ".JsonMetadataServices.StringConverter",
            TypeRefKind.Int32 => Meta + ".JsonMetadataServices.Int32Converter",
            TypeRefKind.Int64 => Meta + ".JsonMetadataServices.Int64Converter",
            TypeRefKind.Double => Meta + ".JsonMetadataServices.DoubleConverter",
            TypeRefKind.Float => Meta + ".JsonMetadataServices.SingleConverter",
            TypeRefKind.Boolean => Meta + ".JsonMetadataServices.BooleanConverter",
            TypeRefKind.Guid => Meta + ".JsonMetadataServices.GuidConverter",
            TypeRefKind.Date => "new global::Scopewise.Json.LenientDateOnlyConverter()",
            TypeRefKind.Json => Meta + ".JsonMetadataServices.JsonElementConverter",
            TypeRefKind.DateTimeOffset => "new global::Scopewise.Json.LenientDateTimeOffsetConverter()",
            _ => throw new InvalidOperationException("No primitive converter for " + kind),
        };

        /// <summary>Every type the metadata must describe: wire types, models, their property and element types, and nullable value types.</summary>
        private static List<JsonType> Closure(IEnumerable<TypeModel> models, IEnumerable<TypeRef> wireTypes)
        {
            var found = new Dictionary<string, JsonType>(StringComparer.Ordinal);
            void Add(TypeRef type, bool nullableValue, bool accessor = false)
            {
                var entry = new JsonType(type, nullableValue && type.IsValueType);
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

        private sealed class JsonType
        {
            public JsonType(TypeRef type, bool nullableValue)
            {
                Type = type;
                NullableValue = nullableValue;
                CSharp = nullableValue ? type.ToCSharpNullable() : type.ToCSharp();
                Id = Spec.Naming.Cap((nullableValue ? "Nullable" : string.Empty) + AccessorName(type));
            }

            public TypeRef Type { get; }

            /// <summary>A <c>Nullable&lt;T&gt;</c> of a value type.</summary>
            public bool NullableValue { get; }

            public string CSharp { get; }

            /// <summary>The accessor's name, and the factory's after "__Create".</summary>
            public string Id { get; }

            /// <summary>Whether the JSON class gets a public accessor: models and the types operations send or return.</summary>
            public bool HasAccessor { get; set; }
        }
    }
}
