using System;
using System.Collections.Generic;
using System.Linq;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;

namespace Scopewise.Generator.Resolve;

/// <summary>
/// Decides which models get Atlassian Document Format accessors, from the spec alone (no table to keep up to date):
/// <list type="bullet">
/// <item>a free-form (<c>{}</c>) property whose description says it is in "Atlassian Document Format" (Jira's
/// comment <c>body</c>, worklog <c>comment</c>) gets a <c>{Property}Adf</c> property of type <c>AdfDocument?</c>
/// that reads and writes it;</item>
/// <item>an object with a string <c>value</c> and a <c>representation</c> that is a string or a string enum offering
/// <c>atlas_doc_format</c> (Confluence's body types) gets <c>static FromAdf(AdfDocument)</c> and <c>ToAdf()</c>.</item>
/// </list>
/// A name that would collide with a member the model already has is left out rather than renamed.
/// </summary>
internal static class AdfPlanner
{
    public const string Representation = "atlas_doc_format";
    private const string DescriptionMarker = "Atlassian Document Format";

    public static AdfPlan? Plan(IReadOnlyList<ModelPlan> models, HintNames hints, string hintPrefix)
    {
        var byName = new Dictionary<string, ModelPlan>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            byName[model.Name] = model;
        }

        var planned = new List<AdfModelPlan>();
        foreach (var model in models)
        {
            if (model.Kind != TypeModelKind.Object)
            {
                continue;
            }

            var members = MemberNames(model, byName);
            var properties = new List<AdfPropertyPlan>();
            foreach (var property in model.Properties)
            {
                if (property.Type.Kind == TypeRefKind.Json
                    && property.Summary is { } summary
                    && summary.IndexOf(DescriptionMarker, StringComparison.OrdinalIgnoreCase) >= 0
                    && !members.Contains(property.Name + "Adf"))
                {
                    properties.Add(new AdfPropertyPlan(property.JsonName, property.Name, property.Name + "Adf"));
                }
            }

            var body = Body(model, byName, members);
            if (properties.Count > 0 || body is not null)
            {
                planned.Add(new AdfModelPlan(model.Name, properties.ToEquatableArray(), body));
            }
        }

        return planned.Count == 0 ? null : new AdfPlan(hints.Unique(hintPrefix + ".Adf"), planned.ToEquatableArray());
    }

    private static AdfBodyPlan? Body(ModelPlan model, Dictionary<string, ModelPlan> byName, HashSet<string> members)
    {
        var representation = model.Properties.FirstOrDefault(p => p.JsonName == "representation");
        var value = model.Properties.FirstOrDefault(p => p.JsonName == "value");
        if (representation is null || value is null || value.Type.Kind != TypeRefKind.String || members.Contains("FromAdf") || members.Contains("ToAdf"))
        {
            return null;
        }

        if (representation.Type.Kind == TypeRefKind.String)
        {
            return new AdfBodyPlan(representation.Name, null, representation.IsNullableInCSharp, value.Name);
        }

        if (representation.Type is { Kind: TypeRefKind.Named, Name: { } enumName }
            && byName.TryGetValue(enumName, out var enumModel)
            && enumModel.Kind == TypeModelKind.StringEnum
            && enumModel.EnumMembers.Any(m => m.Value == Representation))
        {
            return new AdfBodyPlan(representation.Name, enumName, representation.IsNullableInCSharp, value.Name);
        }

        return null;
    }

    // The model's members and its bases' (a generated class may derive from another).
    private static HashSet<string> MemberNames(ModelPlan model, Dictionary<string, ModelPlan> byName)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { model.Name };
        var current = model;
        for (var depth = 0; current is not null && depth < 64; depth++)
        {
            foreach (var property in current.Properties)
            {
                names.Add(property.Name);
            }

            if (current.ExtensionDataMember is { } extension)
            {
                names.Add(extension);
            }

            current = current.BaseType is { } baseName && byName.TryGetValue(baseName, out var baseModel) ? baseModel : null;
        }

        return names;
    }
}
