using Scopewise.Generator.Resolve;

namespace Scopewise.Generator.Emit;

/// <summary>
/// Writes the Atlassian Document Format accessors of <see cref="AdfPlan"/> as partial classes beside the models:
/// a user passes and reads back a <c>Scopewise.Adf.AdfDocument</c> instead of converting JSON by hand. The models'
/// JSON metadata is generated from the plan, so these members are never serialized.
/// </summary>
internal static class AdfEmitter
{
    private const string Document = "global::Scopewise.Adf.AdfDocument";
    private const string JsonValueKind = "global::System.Text.Json.JsonValueKind";

    public static void Write(SourceWriter writer, AdfPlan plan)
    {
        var first = true;
        foreach (var model in plan.Models)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;

            // No [GeneratedCode] here: the model's own declaration carries it, and a class takes it once.
            writer.Open($"public partial class {model.Model}");
            var firstMember = true;
            foreach (var property in model.Properties)
            {
                if (!firstMember)
                {
                    writer.Line();
                }

                firstMember = false;
                writer.Line($"/// <summary>The '{DocComments.Escape(property.JsonName)}' property as an Atlassian Document Format document, read from its JSON each time (null when absent);");
                writer.Line($"/// setting it stores the document's JSON in <see cref=\"{property.Property}\"/>.</summary>");
                writer.Line($"/// <exception cref=\"global::Scopewise.Adf.AdfFormatException\">Reading: the JSON is not an ADF document.</exception>");
                writer.Line("[global::System.Text.Json.Serialization.JsonIgnore]");
                writer.Line($"public {Document}? {property.Accessor}");
                writer.Line("{");
                writer.Line($"    get => {property.Property} is {{ ValueKind: not {JsonValueKind}.Null and not {JsonValueKind}.Undefined }} json ? {Document}.FromJsonElement(json) : null;");
                writer.Line($"    set => {property.Property} = value?.ToJsonElement();");
                writer.Line("}");
            }

            if (model.Body is { } body)
            {
                if (!firstMember)
                {
                    writer.Line();
                }

                WriteBody(writer, model.Model, body);
            }

            writer.Close();
        }
    }

    private static void WriteBody(SourceWriter writer, string model, AdfBodyPlan body)
    {
        var literal = Literals.String(AdfPlanner.Representation);
        var representation = body.RepresentationType is null ? literal : $"new {body.RepresentationType}({literal})";
        writer.Line($"/// <summary>A body holding <paramref name=\"document\"/> in the <c>atlas_doc_format</c> representation (its JSON as the value).</summary>");
        writer.Line("/// <param name=\"document\">The document, for example from <c>Adf.Doc(...)</c> or <c>AdfDocument.FromMarkdown(...)</c>.</param>");
        writer.Line($"public static {model} FromAdf({Document} document)");
        writer.Line("{");
        writer.Line("    global::System.ArgumentNullException.ThrowIfNull(document);");
        writer.Line($"    return new {model} {{ {body.RepresentationProperty} = {representation}, {body.ValueProperty} = document.ToJson() }};");
        writer.Line("}");
        writer.Line();
        writer.Line("/// <summary>The body as an Atlassian Document Format document when its representation is <c>atlas_doc_format</c>; null for any other representation or no value.</summary>");
        writer.Line("/// <exception cref=\"global::Scopewise.Adf.AdfFormatException\">The value is not an ADF document.</exception>");
        var current = body.RepresentationType is null
            ? body.RepresentationProperty
            : body.RepresentationNullable ? body.RepresentationProperty + "?.Value" : body.RepresentationProperty + ".Value";
        writer.Line($"public {Document}? ToAdf() => {current} == {literal} && {body.ValueProperty} is {{ }} value ? {Document}.Parse(value) : null;");
    }
}
