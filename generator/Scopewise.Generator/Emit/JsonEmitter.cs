using System.Collections.Generic;
using System.Linq;
using Scopewise.Generator.Model;

namespace Scopewise.Generator.Emit
{
    /// <summary>
    /// Writes the client's JSON class: the serializer options generated code uses and one cached
    /// <c>JsonTypeInfo&lt;T&gt;</c> accessor per type that crosses the wire.
    /// </summary>
    internal static class JsonEmitter
    {
        private const string Stj = "global::System.Text.Json";

        public static string AccessorName(TypeRef type) => type.ToIdentifierPart();

        public static void Write(SourceWriter writer, string className, string clientName, IEnumerable<TypeRef> types)
        {
            writer.Line($"/// <summary>JSON settings and type metadata for <see cref=\"{clientName}\"/> and its models. Use them to serialize models yourself.</summary>");
            writer.Line(Literals.GeneratedCode);
            writer.Open($"public static partial class {className}");
            writer.Line("/// <summary>The options the client reads and writes JSON with: web defaults, nulls left out, lenient dates and numbers.</summary>");
            writer.Line($"public static {Stj}.JsonSerializerOptions Options {{ get; }} = CreateOptions();");
            foreach (var type in types.Distinct().OrderBy(AccessorName, System.StringComparer.Ordinal))
            {
                var csharp = type.ToCSharp();
                var field = "s_" + AccessorName(type);
                writer.Line();
                writer.Line($"private static {Stj}.Serialization.Metadata.JsonTypeInfo<{csharp}>? {field};");
                writer.Line();
                writer.Line($"/// <summary>Metadata for <c>{DocComments.Escape(csharp)}</c>.</summary>");
                writer.Line($"public static {Stj}.Serialization.Metadata.JsonTypeInfo<{csharp}> {AccessorName(type)} => {field} ??= ({Stj}.Serialization.Metadata.JsonTypeInfo<{csharp}>)Options.GetTypeInfo(typeof({csharp}));");
            }

            writer.Line();
            writer.Open($"private static {Stj}.JsonSerializerOptions CreateOptions()");
            writer.Line($"var options = new {Stj}.JsonSerializerOptions({Stj}.JsonSerializerDefaults.Web)");
            writer.Line("{");
            writer.Line($"    DefaultIgnoreCondition = {Stj}.Serialization.JsonIgnoreCondition.WhenWritingNull,");
            writer.Line($"    NumberHandling = {Stj}.Serialization.JsonNumberHandling.AllowReadingFromString,");
            writer.Line($"    TypeInfoResolver = new {Stj}.Serialization.Metadata.DefaultJsonTypeInfoResolver(),");
            writer.Line("};");
            writer.Line("options.Converters.Add(new global::Scopewise.Json.LenientDateTimeOffsetConverter());");
            writer.Line("options.MakeReadOnly();");
            writer.Line("return options;");
            writer.Close();
            writer.Close();
        }
    }
}
