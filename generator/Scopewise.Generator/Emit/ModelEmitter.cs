using System.Linq;
using Scopewise.Generator.Model;
using Scopewise.Generator.Resolve;

namespace Scopewise.Generator.Emit;

/// <summary>Writes model types: object classes, tolerant string enums, and unions that keep their JSON.</summary>
internal sealed class ModelEmitter
{
    private const string Stj = "global::System.Text.Json";
    private readonly string _jsonClass;

    public ModelEmitter(string jsonClass) => _jsonClass = jsonClass;

    public void Write(SourceWriter writer, ModelPlan type)
    {
        switch (type.Kind)
        {
            case TypeModelKind.Object:
                WriteObject(writer, type);
                break;
            case TypeModelKind.StringEnum:
                WriteEnum(writer, type);
                break;
            case TypeModelKind.Union:
                WriteUnion(writer, type);
                break;
        }
    }

    private static void WriteObject(SourceWriter writer, ModelPlan type)
    {
        DocComments.Summary(writer, type.Summary, "The " + type.Name + " schema.");
        WriteObsolete(writer, type.Deprecated);
        writer.Line(Literals.GeneratedCode);
        writer.Open($"public partial class {type.Name}" + (type.BaseType is null ? string.Empty : " : " + type.BaseType));

        var first = true;
        foreach (var property in type.Properties)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            DocComments.Summary(writer, property.Summary, $"The '{property.JsonName}' property.");
            WriteObsolete(writer, property.Deprecated);
            writer.Line($"[{Stj}.Serialization.JsonPropertyName({Literals.String(property.JsonName)})]");
            var modifier = type.Hiding.Count > 0 && type.Hiding.Items.Contains(property.Name) ? "new " : string.Empty;
            if (property.IsNullableInCSharp)
            {
                writer.Line($"public {modifier}{property.Type.ToCSharpNullable()} {property.Name} {{ get; set; }}");
            }
            else
            {
                var initializer = property.Type.IsValueType ? string.Empty : " = default!;";
                writer.Line($"public {modifier}{property.Type.ToCSharp()} {property.Name} {{ get; set; }}{initializer}");
            }
        }

        if (type.ExtensionDataMember is { } extensionData)
        {
            if (!first)
            {
                writer.Line();
            }

            writer.Line("/// <summary>Properties the schema does not name, kept as JSON so nothing the server sends is lost.</summary>");
            writer.Line($"[{Stj}.Serialization.JsonExtensionData]");
            writer.Line($"public global::System.Collections.Generic.Dictionary<string, {Stj}.JsonElement>? {extensionData} {{ get; set; }}");
        }

        writer.Close();
    }

    // Up to this many values, IsKnown compares them one by one (short and readable); more get a string switch.
    private const int MaxComparedValues = 8;

    private static void WriteEnum(SourceWriter writer, ModelPlan type)
    {
        var name = type.Name;
        var members = type.EnumMembers;

        DocComments.Summary(writer, type.Summary, "The " + name + " values.");
        writer.Line("/// <remarks>A string enum that accepts values the spec does not list: an unknown value from the server never fails deserialization; check <see cref=\"IsKnown\"/>.</remarks>");
        WriteObsolete(writer, type.Deprecated);
        writer.Line(Literals.GeneratedCode);
        writer.Line($"[{Stj}.Serialization.JsonConverter(typeof({name}.Converter))]");
        writer.Open($"public readonly partial struct {name} : global::System.IEquatable<{name}>");
        writer.Line("private readonly string? _value;");
        writer.Line();
        writer.Line($"/// <summary>Creates a value, known or not.</summary>");
        writer.Line("/// <param name=\"value\">The string the API uses.</param>");
        writer.Line($"public {name}(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        foreach (var member in members)
        {
            writer.Line();
            writer.Line($"/// <summary>The value '{DocComments.Escape(member.Value)}'.</summary>");
            writer.Line($"public static {name} {member.Member} {{ get; }} = new({Literals.String(member.Value)});");
        }

        writer.Line();
        writer.Line("/// <summary>The values the spec lists.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{name}> KnownValues {{ get; }} = new {name}[] {{ {string.Join(", ", members.Select(m => m.Member))} }};");
        writer.Line();
        writer.Line("/// <summary>The string the API uses.</summary>");
        writer.Line("public string Value => _value ?? string.Empty;");
        writer.Line();
        writer.Line("/// <summary>Whether the value is one the spec lists.</summary>");
        if (members.Count <= MaxComparedValues)
        {
            writer.Line($"public bool IsKnown => {(members.Count == 0 ? "false" : string.Join(" || ", members.Select(m => "Value == " + Literals.String(m.Value))))};");
        }
        else
        {
            // A long chain of comparisons is slow to compile and to run; a string switch is hashed by the compiler.
            writer.Open("public bool IsKnown");
            writer.Open("get");
            writer.Open("switch (Value)");
            foreach (var member in members)
            {
                writer.Line($"case {Literals.String(member.Value)}:");
            }

            writer.Line("    return true;");
            writer.Line("default:");
            writer.Line("    return false;");
            writer.Close();
            writer.Close();
            writer.Close();
        }
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public bool Equals({name} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override string ToString() => Value;");
        writer.Line();
        writer.Line("/// <summary>Compares two values by their strings.</summary>");
        writer.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        writer.Line();
        writer.Line("/// <summary>Compares two values by their strings.</summary>");
        writer.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        writer.Line();
        writer.Line("/// <summary>Wraps a string.</summary>");
        writer.Line($"public static implicit operator {name}(string value) => new(value);");
        writer.Line();
        writer.Line("/// <summary>Reads and writes the value as a JSON string; numbers and booleans are read as their text.</summary>");
        writer.Open($"public sealed class Converter : {Stj}.Serialization.JsonConverter<{name}>");
        writer.Line("/// <inheritdoc/>");
        writer.Open($"public override {name} Read(ref {Stj}.Utf8JsonReader reader, global::System.Type typeToConvert, {Stj}.JsonSerializerOptions options)");
        writer.Line($"return reader.TokenType == {Stj}.JsonTokenType.String");
        writer.Line("    ? new(reader.GetString()!)");
        writer.Line("    : new(global::System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? global::System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray()));");
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override void Write({Stj}.Utf8JsonWriter writer, {name} value, {Stj}.JsonSerializerOptions options) => writer.WriteStringValue(value.Value);");
        writer.Close();
        writer.Close();
    }

    private void WriteUnion(SourceWriter writer, ModelPlan type)
    {
        var name = type.Name;
        DocComments.Summary(writer, type.Summary, "One of several shapes (oneOf/anyOf).");
        writer.Line("/// <remarks>Keeps the JSON as received; the <c>TryGet…</c> and <c>As…</c> members read it as one of the shapes the spec lists.</remarks>");
        WriteObsolete(writer, type.Deprecated);
        writer.Line(Literals.GeneratedCode);
        writer.Line($"[{Stj}.Serialization.JsonConverter(typeof({name}.Converter))]");
        writer.Open($"public sealed partial class {name}");
        writer.Line("/// <summary>Wraps JSON received or built by hand.</summary>");
        writer.Line("/// <param name=\"json\">The JSON value.</param>");
        writer.Line($"public {name}({Stj}.JsonElement json) => Json = json.Clone();");
        writer.Line();
        writer.Line("/// <summary>The JSON value as received.</summary>");
        writer.Line($"public {Stj}.JsonElement Json {{ get; }}");
        foreach (var member in type.UnionMembers)
        {
            var memberType = member.Type.ToCSharp();
            var typeInfo = _jsonClass + "." + member.Accessor;
            writer.Line();
            writer.Line($"/// <summary>Reads the value as <c>{DocComments.Escape(memberType)}</c>; false when it does not have that shape.</summary>");
            writer.Line("/// <param name=\"value\">The value read.</param>");
            writer.Open($"public bool TryGet{member.Name}([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {member.Type.ToCSharpNullable()} value)");
            writer.Open("try");
            writer.Line($"value = {Stj}.JsonSerializer.Deserialize(Json, {typeInfo});");
            writer.Line("return value is not null;");
            writer.Close();
            writer.Open($"catch ({Stj}.JsonException)");
            writer.Line("value = default;");
            writer.Line("return false;");
            writer.Close();
            writer.Close();
            writer.Line();
            writer.Line($"/// <summary>The value as <c>{DocComments.Escape(memberType)}</c>, or null when it does not have that shape.</summary>");
            writer.Line($"public {member.Type.ToCSharpNullable()} As{member.Name}() => TryGet{member.Name}(out var value) ? value : default;");
            writer.Line();
            writer.Line($"/// <summary>Wraps a <c>{DocComments.Escape(memberType)}</c>.</summary>");
            writer.Line("/// <param name=\"value\">The value to wrap.</param>");
            writer.Line($"public static {name} From{member.Name}({memberType} value) => new({Stj}.JsonSerializer.SerializeToElement(value, {typeInfo}));");
        }

        writer.Line();
        writer.Line("/// <summary>Reads and writes the JSON unchanged.</summary>");
        writer.Open($"public sealed class Converter : {Stj}.Serialization.JsonConverter<{name}>");
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {name} Read(ref {Stj}.Utf8JsonReader reader, global::System.Type typeToConvert, {Stj}.JsonSerializerOptions options) => new({Stj}.JsonElement.ParseValue(ref reader));");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override void Write({Stj}.Utf8JsonWriter writer, {name} value, {Stj}.JsonSerializerOptions options) => value.Json.WriteTo(writer);");
        writer.Close();
        writer.Close();
    }

    private static void WriteObsolete(SourceWriter writer, bool deprecated)
    {
        if (deprecated)
        {
            writer.Line("[global::System.Obsolete(\"Deprecated in the spec.\")]");
        }
    }
}
