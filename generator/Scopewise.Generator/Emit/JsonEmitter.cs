using System;
using Scopewise.Generator.Model;
using Scopewise.Generator.Resolve;

namespace Scopewise.Generator.Emit;

/// <summary>
/// Writes the client's JSON class: serializer options whose resolver is generated metadata
/// (<c>JsonMetadataServices</c>), one cached <c>JsonTypeInfo&lt;T&gt;</c> per type. No reflection at run time, so
/// generated clients are trimming- and Native AOT-safe. (The System.Text.Json source generator cannot see types
/// another generator emits, so Scopewise writes the metadata itself.)
/// </summary>
internal static class JsonEmitter
{
    private const string Stj = "global::System.Text.Json";
    private const string Meta = "global::System.Text.Json.Serialization.Metadata";

    /// <summary>
    /// The JSON class: options, resolver, and a public accessor for every model and every type an operation sends
    /// or returns. Other closure types (a property's <c>List&lt;T&gt;</c>, a nullable enum) are reached through
    /// <c>Options</c> only, which keeps the class's public surface to what a user asks for.
    /// </summary>
    public static void Write(SourceWriter writer, JsonPlan json, string clientName)
    {
        writer.Line($"/// <summary>JSON settings and type metadata for <see cref=\"{clientName}\"/> and its models. Use them to serialize models yourself.</summary>");
        writer.Line("/// <remarks>The metadata is generated, not reflected: serialization works with trimming and Native AOT.</remarks>");
        writer.Line(Literals.GeneratedCode);
        writer.Open($"public static partial class {json.ClassName}");
        writer.Line($"private static readonly global::System.Collections.Generic.Dictionary<global::System.Type, global::System.Func<{Stj}.JsonSerializerOptions, {Meta}.JsonTypeInfo>> s_factories = new({json.TypeCount})");
        writer.Line("{");
        foreach (var batch in json.Batches)
        {
            foreach (var type in batch.Types)
            {
                writer.Line($"    [typeof({type.CSharp})] = {batch.ClassName}.__Create{type.Id},");
            }
        }

        writer.Line("};");
        writer.Line();
        writer.Line("/// <summary>The options the client reads and writes JSON with: web defaults, nulls left out, lenient dates and numbers, generated metadata.</summary>");
        writer.Line($"public static {Stj}.JsonSerializerOptions Options {{ get; }} = CreateOptions();");

        foreach (var batch in json.Batches)
        {
            foreach (var type in batch.Types)
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
    public static void WriteBatch(SourceWriter writer, JsonPlan json, JsonBatchPlan batch)
    {
        writer.Open($"public static partial class {json.ClassName}");
        writer.Open($"private static class {batch.ClassName}");
        var first = true;
        foreach (var type in batch.Types)
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

    private static void WriteFactory(SourceWriter writer, JsonTypePlan type)
    {
        var csharp = type.CSharp;
        var signature = $"internal static {Meta}.JsonTypeInfo<{csharp}> __Create{type.Id}({Stj}.JsonSerializerOptions options)";
        switch (type.Factory)
        {
            case JsonFactoryKind.NullableValue:
                writer.Line(signature);
                writer.Line($"    => {Meta}.JsonMetadataServices.CreateValueInfo<{csharp}>(options, {Meta}.JsonMetadataServices.GetNullableConverter<{type.Type.ToCSharp()}>(options));");
                return;
            case JsonFactoryKind.List:
            {
                var element = type.Type.Element!.ToCSharp();
                writer.Line(signature);
                writer.Line($"    => {Meta}.JsonMetadataServices.CreateListInfo<{csharp}, {element}>(options, new {Meta}.JsonCollectionInfoValues<{csharp}> {{ ObjectCreator = static () => new {csharp}() }});");
                return;
            }

            case JsonFactoryKind.Dictionary:
            {
                var element = type.Type.Element!.ToCSharp();
                writer.Line(signature);
                writer.Line($"    => {Meta}.JsonMetadataServices.CreateDictionaryInfo<{csharp}, string, {element}>(options, new {Meta}.JsonCollectionInfoValues<{csharp}> {{ ObjectCreator = static () => new {csharp}() }});");
                return;
            }

            case JsonFactoryKind.Converter:
                writer.Line(signature);
                writer.Line($"    => {Meta}.JsonMetadataServices.CreateValueInfo<{csharp}>(options, new {csharp}.Converter());");
                return;
            case JsonFactoryKind.Object:
                WriteObjectFactory(writer, signature, type);
                return;
            default:
                writer.Line(signature);
                writer.Line($"    => {Meta}.JsonMetadataServices.CreateValueInfo<{csharp}>(options, {PrimitiveConverter(type.Type.Kind)});");
                return;
        }
    }

    private static void WriteObjectFactory(SourceWriter writer, string signature, JsonTypePlan type)
    {
        var name = type.Type.Name!;
        writer.Line(signature);
        writer.Line($"    => {Meta}.JsonMetadataServices.CreateObjectInfo<{name}>(options, new {Meta}.JsonObjectInfoValues<{name}>");
        writer.Line("    {");
        writer.Line($"        ObjectCreator = static () => new {name}(),");
        writer.Line($"        PropertyMetadataInitializer = _ => __PropertiesOf{name}(options),");
        writer.Line("    });");
        writer.Line();

        var count = 0;
        foreach (var declarer in type.Declarers)
        {
            count += declarer.Properties.Count + (declarer.ExtensionDataMember is null ? 0 : 1);
        }

        writer.Open($"private static {Meta}.JsonPropertyInfo[] __PropertiesOf{name}({Stj}.JsonSerializerOptions options)");
        writer.Line($"var properties = new {Meta}.JsonPropertyInfo[{count}];");
        var i = 0;
        foreach (var declarer in type.Declarers)
        {
            foreach (var property in declarer.Properties)
            {
                var propertyType = property.IsNullableInCSharp ? property.Type.ToCSharpNullable() : property.Type.ToCSharp();
                writer.Line($"properties[{i}] = global::Scopewise.Json.GeneratedJson.Property<{declarer.Declarer}, {propertyType}>(options, {Literals.String(property.Name)}, {Literals.String(property.JsonName)}, {Access(declarer.Declarer, property.Name)});");
                i++;
            }

            if (declarer.ExtensionDataMember is { } member)
            {
                writer.Line($"properties[{i}] = global::Scopewise.Json.GeneratedJson.ExtensionData<{declarer.Declarer}>(options, {Literals.String(member)}, {Access(declarer.Declarer, member)});");
                i++;
            }
        }

        writer.Line("return properties;");
        writer.Close();
    }

    private static string Access(string declarer, string member)
        => $"static obj => (({declarer})obj).{member}, static (obj, value) => (({declarer})obj).{member} = value!";

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
}
