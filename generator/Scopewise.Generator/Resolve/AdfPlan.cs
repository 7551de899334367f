using Scopewise.Generator.Infrastructure;

namespace Scopewise.Generator.Resolve;

/// <summary>
/// The Atlassian Document Format accessors of one client, in their own file: which models get an
/// <c>AdfDocument</c> view of a property, or <c>FromAdf</c>/<c>ToAdf</c> for a representation/value body.
/// <see cref="AdfPlanner"/> says how models are chosen.
/// </summary>
internal sealed record AdfPlan(string HintName, EquatableArray<AdfModelPlan> Models);

/// <summary>One model's ADF accessors.</summary>
internal sealed record AdfModelPlan(string Model, EquatableArray<AdfPropertyPlan> Properties, AdfBodyPlan? Body);

/// <summary>A free-form JSON property that holds an ADF document, and the name of its <c>AdfDocument</c> view.</summary>
internal sealed record AdfPropertyPlan(string JsonName, string Property, string Accessor);

/// <summary>
/// A body of a representation and a string value (Confluence's <c>{"representation": "atlas_doc_format", "value":
/// "..."}</c>). <see cref="RepresentationType"/> is the generated string enum's name, or null when the
/// representation is a plain string; <see cref="RepresentationNullable"/> says whether its property is nullable.
/// </summary>
internal sealed record AdfBodyPlan(string RepresentationProperty, string? RepresentationType, bool RepresentationNullable, string ValueProperty);
